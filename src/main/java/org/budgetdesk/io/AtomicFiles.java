package org.budgetdesk.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whole-file writes that a crash cannot leave half done — the project file, settings, recovery copies: the bytes go
 * to {@code .NAME.<16 hex digits>.tmp} in the target's folder, are forced to disk, and the temporary file is
 * renamed over the target. A reader sees the old content or the new, never a mixture.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Runs once the new content is safely on disk, just before it replaces the target (e.g. keeps a backup). */
    interface BeforeReplace {
        void run(Path target) throws IOException;
    }

    /** The final rename; a seam for tests that simulate a crash at that moment. */
    interface Replace {
        void move(Path temporary, Path target) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content} atomically, creating its folder when needed. */
    public static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        write(target, content, destination -> { }, AtomicFiles::replace);
    }

    /** Replaces {@code target}, whose folder must exist, running {@code beforeReplace} just before the rename. */
    static void write(Path target, byte[] content, BeforeReplace beforeReplace, Replace replace)
            throws IOException {
        Path destination = target.toAbsolutePath();
        Path folder = destination.getParent();
        Path temporary = temporaryFor(destination);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeReplace.run(destination);
            replace.move(temporary, destination);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(folder);
    }

    /** Renames atomically where the file system can, else replaces. */
    static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path temporaryFor(Path destination) {
        String name = destination.getFileName().toString();
        return destination.resolveSibling("." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
    }

    /** Makes the rename durable; best effort, as Windows cannot open a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The file is complete and in place; only durability across a power cut is weaker.
        }
    }
}
