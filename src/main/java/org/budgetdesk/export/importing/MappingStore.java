package org.budgetdesk.export.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.budgetdesk.io.settings.AppFolders;

/**
 * The mappings a person confirmed, one file per layout fingerprint ({@code import-mappings/<fingerprint>.json} in
 * the settings folder, see the README's “Where BudgetDesk keeps its files”), offered again for a workbook of the
 * same layout. A file that cannot be read is passed over, as if there were none.
 */
public final class MappingStore {
    private final Path folder;

    public MappingStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the current user's BudgetDesk folder. */
    public static MappingStore forCurrentUser() {
        return new MappingStore(AppFolders.forCurrentUser().settingsFolder().resolve("import-mappings"));
    }

    /** The mapping remembered for this layout fingerprint, if any. */
    public Optional<ImportMapping> remembered(String fingerprint) {
        Path file = fileOf(fingerprint);
        if (fingerprint.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MappingFile.read(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers a mapping under its fingerprint (atomically: a temporary file, then a rename). */
    public void remember(ImportMapping mapping) throws IOException {
        if (mapping.fingerprint().isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + mapping.fingerprint(), ".tmp");
        Files.writeString(temporary, MappingFile.writeMapped(mapping), StandardCharsets.UTF_8);
        Files.move(temporary, fileOf(mapping.fingerprint()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Path fileOf(String fingerprint) {
        return folder.resolve(fingerprint.replaceAll("[^0-9a-f]", "") + ".json");
    }
}
