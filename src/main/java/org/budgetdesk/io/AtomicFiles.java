package org.budgetdesk.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whole-file writes that a crash cannot leave half done — the project file and its backup, exports, settings,
 * recovery copies: the bytes go to {@code .NAME.<16 hex digits>.tmp} in the target's folder, are forced to disk,
 * get the permissions of the file they replace, and the temporary file is renamed over the target. A reader sees
 * the old content or the new, never a mixture. A symbolic link is written through: its target is replaced and the
 * link stays. A read-only target or one that is not a plain file is refused ({@link OutputRefusedException}).
 * Whatever fails, the temporary file is removed; one left by a killed process is removed later by
 * {@link StaleTempFiles}.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes a file's content to a stream (which it need not close). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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
        write(target, out -> out.write(content));
    }

    /** Replaces {@code target} with what {@code content} writes, atomically, creating its folder when needed. */
    public static void write(Path target, Content content) throws IOException {
        Path destination = OutputPaths.writeTarget(target);
        Files.createDirectories(destination.getParent());
        OutputPaths.requireWritable(destination, target);
        replace(destination, content, destination, path -> { }, AtomicFiles::replace);
    }

    /**
     * Copies {@code source} to {@code target} atomically (a temporary copy forced to disk, then renamed), with the
     * source's permissions; the target's folder must exist.
     */
    static void copy(Path source, Path target, Replace replace) throws IOException {
        replace(target, out -> Files.copy(source, out), source, path -> { }, replace);
    }

    /**
     * Replaces {@code destination} (absolute, links resolved, folder existing) with {@code content}, giving the new
     * file the permissions {@code permissionsOf} has when it exists; runs {@code beforeReplace} just before the
     * rename.
     */
    static void replace(Path destination, Content content, Path permissionsOf, BeforeReplace beforeReplace,
                        Replace replace) throws IOException {
        Path temporary = temporaryFor(destination);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();    // the channel is closed, after forcing, by its own try
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(permissionsOf, temporary);
            beforeReplace.run(destination);
            replace.move(temporary, destination);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(destination.getParent());
    }

    /** Renames atomically where the file system can, else replaces. */
    static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)
                || Files.getFileAttributeView(to, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
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
