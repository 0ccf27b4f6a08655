package org.budgetdesk.io.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetdesk.io.AtomicFiles;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.ProjectReader;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.model.Department;

/**
 * Copies of unsaved work, so that a crash or a power cut loses at most the last few edits. One file per open
 * project in one folder (normally {@link org.budgetdesk.io.settings.AppFolders#recoveryFolder()}): for a saved
 * project {@code <32 hex digits of SHA-256 of its absolute path>.recovery}, for a new one
 * {@code untitled-<session id>.recovery}. Each file is a one-line JSON header ({@link RecoveryHeader}: original
 * path, time, formats, writer) followed by the project bytes exactly as {@link ProjectFiles#toBytes} makes them,
 * written atomically, so a crash during a write leaves the previous copy.
 *
 * <p>The workbench writes a copy after edits (from a background thread: see {@link #write(Path, String, byte[])}),
 * discards it after a successful save or a clean close, and at start-up offers {@link #pending()} back to the
 * user. Use one store per folder in a process: what a store wrote itself is never pending.
 */
public final class RecoveryStore {
    /** The extension of recovery files. */
    public static final String EXTENSION = ".recovery";
    /** Larger files are not read: a project is at most {@link ProjectReader#MAX_BYTES}, the header a few hundred bytes. */
    static final long MAX_BYTES = ProjectReader.MAX_BYTES + 1024 * 1024;
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Path folder;
    private final Clock clock;
    private final ProjectFiles projectFiles = new ProjectFiles();
    private final Set<String> ownFiles = ConcurrentHashMap.newKeySet();

    /** A store in {@code folder}, which is created on the first write. */
    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    RecoveryStore(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new session id for a project opened or created in the workbench. */
    public static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    public Path folder() {
        return folder;
    }

    /** The recovery file of a project: by its path when it has one, else by the session id. */
    public Path fileFor(Path originalOrNull, String sessionId) {
        if (!SESSION_ID.matcher(Objects.requireNonNull(sessionId, "sessionId")).matches()) {
            throw new IllegalArgumentException("not a session id (letters, digits, '-', '_'): " + sessionId);
        }
        if (originalOrNull == null) {
            return folder.resolve("untitled-" + sessionId + EXTENSION);
        }
        String path = originalOrNull.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + EXTENSION);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes a recovery copy of a department. The department is read during the call, so it must not change
     * meanwhile: call this on the thread that edits it, or use {@link #write(Path, String, byte[])}.
     */
    public void write(Path originalOrNull, String sessionId, Department department) throws IOException {
        write(originalOrNull, sessionId, projectFiles.toBytes(department));
    }

    /**
     * Writes a recovery copy of project bytes, atomically. This is the form to call from a background thread:
     * take the bytes with {@code new ProjectFiles().toBytes(department)} on the UI thread, which reads the
     * observable model consistently, and hand them over.
     */
    public synchronized void write(Path originalOrNull, String sessionId, byte[] projectBytes) throws IOException {
        Path file = fileFor(originalOrNull, sessionId);
        Path original = originalOrNull == null ? null : originalOrNull.toAbsolutePath().normalize();
        byte[] header = new RecoveryHeader(original, sessionId, clock.instant(), Owner.localHost(),
                ProcessHandle.current().pid()).toBytes();
        byte[] content = new byte[header.length + projectBytes.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(projectBytes, 0, content, header.length, projectBytes.length);
        AtomicFiles.write(file, content);
        ownFiles.add(file.getFileName().toString());
    }

    /** Deletes a project's recovery copy, if any: after a successful save or a clean close. */
    public synchronized void discard(Path originalOrNull, String sessionId) throws IOException {
        delete(fileFor(originalOrNull, sessionId));
    }

    /** Deletes a pending entry the user restored and saved, or chose to throw away. */
    public synchronized void discard(RecoveryEntry entry) throws IOException {
        delete(entry.file());
    }

    /**
     * The recovery files left behind by a BudgetDesk that is no longer running, newest first. Files this store
     * wrote, and files of another BudgetDesk running on this computer, are not listed; files written on another
     * computer (a roaming profile) are, since that process cannot be checked. A file whose header cannot be read
     * is listed with its {@link RecoveryEntry#problem() problem}, so the user can discard it.
     *
     * @throws IOException when the folder exists but cannot be listed
     */
    public List<RecoveryEntry> pending() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(RecoveryStore::isRecoveryFile)
                    .filter(file -> !ownFiles.contains(file.getFileName().toString()))
                    .map(file -> RecoveryFiles.inspect(file, MAX_BYTES))
                    .flatMap(Stream::ofNullable)
                    .filter(inspected -> !inspected.isOfLiveProcess())
                    .map(RecoveryFiles.Inspected::entry)
                    .sorted(Comparator.comparing(RecoveryEntry::savedAt).reversed())
                    .toList();
        }
    }

    /**
     * The department in a recovery file. Nothing is changed: the file stays until {@link #discard(RecoveryEntry)}.
     *
     * @throws ProjectFileException when the file is gone, unreadable or damaged, naming the recovery file
     */
    public Department restore(RecoveryEntry entry) throws ProjectFileException {
        byte[] project = RecoveryFiles.projectBytes(entry.file(), MAX_BYTES);
        return projectFiles.fromBytes(project, entry.file());
    }

    private void delete(Path file) throws IOException {
        ownFiles.remove(file.getFileName().toString());
        try {
            Files.delete(file);
        } catch (NoSuchFileException e) {
            // Nothing to discard.
        }
    }

    private static boolean isRecoveryFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) && !name.startsWith(".") && Files.isRegularFile(file);
    }
}
