package org.budgetdesk.io.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The file operations behind {@link ProjectLock}. A lock file comes into being only through {@code CREATE_NEW}
 * ({@link #createNew}); every change to an existing one (taking over a stale lock, taking over on request,
 * releasing) happens while holding a second file, {@code .NAME.budget.lock.busy}, itself created with
 * {@code CREATE_NEW}. So the lock file never disappears while a live lock is in it, and a process that re-reads
 * the lock under the busy file knows nobody else changes it until it is done.
 */
final class LockFiles {
    /** A busy file older than this was left by a process that died in the middle; it is removed. */
    private static final Duration ABANDONED_BUSY = Duration.ofSeconds(10);
    /** Content that is not a lock and younger than this may still be being written, so it is read again. */
    private static final Duration YOUNG = Duration.ofSeconds(5);
    private static final long PAUSE_MILLIS = 20;
    private static final int BUSY_WAITS = 250;
    private static final int UNSETTLED_WAITS = 100;

    private LockFiles() {
    }

    /** A change to an existing lock file, run while holding the busy file. */
    interface Change<T> {
        T run() throws IOException;
    }

    /** Creates the file with the content, or returns false when it exists. */
    static boolean createNew(Path file, byte[] content) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try (channel) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return true;
    }

    /** The file's content, or {@code null} when there is no such file. */
    static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The content of a lock file, or {@code null} when there is none. Content that is not a lock, in a file
     * modified in the last seconds, is read again for up to two seconds: its owner may be between creating and
     * writing it.
     */
    static byte[] readSettled(Path file) throws IOException {
        for (int wait = 0; ; wait++) {
            byte[] bytes = read(file);
            if (bytes == null || Owner.fromJson(bytes) != null || wait == UNSETTLED_WAITS || !isYoung(file)) {
                return bytes;
            }
            pause();
        }
    }

    /** Runs a change while holding the busy file, waiting a few seconds for another process to finish its own. */
    static <T> T whileBusy(Path lockFile, Change<T> change) throws IOException {
        Path busy = lockFile.resolveSibling(lockFile.getFileName() + ".busy");
        byte[] mark = Owner.current().toJson();
        for (int wait = 0; !createNew(busy, mark); wait++) {
            if (wait == BUSY_WAITS) {
                throw new IOException("The lock " + lockFile + " is being changed by another process; try again.");
            }
            removeIfAbandoned(busy);
            pause();
        }
        try {
            return change.run();
        } finally {
            Files.deleteIfExists(busy);
        }
    }

    private static void removeIfAbandoned(Path busy) {
        try {
            Instant modified = Files.getLastModifiedTime(busy).toInstant();
            if (modified.isBefore(Instant.now().minus(ABANDONED_BUSY))) {
                Files.deleteIfExists(busy);
            }
        } catch (IOException e) {
            // Gone already, or unreadable: the next attempt to create it tells.
        }
    }

    private static boolean isYoung(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(YOUNG));
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a lock file", e);
        }
    }
}
