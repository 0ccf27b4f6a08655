package org.budgetdesk.io.settings;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.budgetdesk.io.AtomicFiles;

/**
 * Loads and saves {@link Settings} as {@code settings.json} in one folder (normally
 * {@link AppFolders#settingsFolder()}).
 *
 * <p>Loading never fails: a missing or unreadable file gives {@link Settings#defaults()}; a file whose content is
 * not a JSON object (cut off, overwritten, far too large) is moved aside to {@code settings.json.corrupt},
 * replacing an older one, so the user's next save does not destroy the evidence. Saving is atomic
 * ({@link AtomicFiles}): a crash leaves the old settings or the new, never half a file.
 */
public final class SettingsStore {
    /** The name of the settings file. */
    public static final String FILE_NAME = "settings.json";
    /** The suffix of a corrupt settings file that was moved aside. */
    public static final String CORRUPT_SUFFIX = ".corrupt";
    /** Larger files are not settings (a few hundred bytes is typical) and are treated as corrupt. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;

    /** A store in {@code folder}, which need not exist yet. */
    public SettingsStore(Path folder) {
        this.file = Objects.requireNonNull(folder, "folder").resolve(FILE_NAME);
    }

    /** The settings file. */
    public Path file() {
        return file;
    }

    /** The settings in the file, or the defaults when there are none that can be read. Never throws. */
    public Settings load() {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read " + file + "; using the default settings", e);
            return Settings.defaults();
        }
        try {
            if (bytes.length > MAX_BYTES) {
                throw new SettingsJson.CorruptException("larger than " + MAX_BYTES + " bytes", null);
            }
            return SettingsJson.read(bytes);
        } catch (SettingsJson.CorruptException e) {
            LOG.log(Level.WARNING, "Corrupt " + file + " (" + e.getMessage() + "); moved aside, using the defaults");
            moveAside();
            return Settings.defaults();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected content in " + file + "; using the default settings", e);
            return Settings.defaults();
        }
    }

    /** Saves the settings atomically, creating the folder when needed. */
    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, SettingsJson.write(Objects.requireNonNull(settings, "settings")));
    }

    private void moveAside() {
        Path aside = file.resolveSibling(FILE_NAME + CORRUPT_SUFFIX);
        try {
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot move " + file + " aside", e);
        }
    }
}
