package org.budgetdesk.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import org.budgetdesk.io.OutputRefusedException.Kind;

/**
 * The rules for any file BudgetDesk writes: a symbolic link is written through to its target (even one that does
 * not exist yet), a read-only file or anything but a plain file is refused, and no output may be — or link to — a
 * file being read or open, so an export can never overwrite its own project.
 */
public final class OutputPaths {
    /** Link chains longer than this are refused, as the operating system does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private OutputPaths() {
    }

    /** The file a write to {@code output} must replace: the end of its chain of symbolic links, absolute. */
    public static Path writeTarget(Path output) throws IOException {
        Path path = output.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(output.toString(), null, "too many levels of symbolic links");
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    /**
     * Refuses an existing {@code destination} that is read-only or not a plain file.
     *
     * @param named the output as the user named it, for the message
     */
    public static void requireWritable(Path destination, Path named) throws OutputRefusedException {
        if (!Files.exists(destination)) {
            return;
        }
        if (!Files.isRegularFile(destination)) {
            throw new OutputRefusedException(Kind.NOT_A_FILE, named, null);
        }
        if (isReadOnly(destination)) {
            throw new OutputRefusedException(Kind.READ_ONLY, named, null);
        }
    }

    /**
     * Refuses an output that is, or links to, one of {@code inputs} (the same file under another name, a link or a
     * hard link included).
     */
    public static void requireNotInput(Path output, Collection<Path> inputs) throws IOException {
        for (Path input : inputs) {
            if (input != null && isSameFile(output, input)) {
                throw new OutputRefusedException(Kind.IS_INPUT, output, input);
            }
        }
    }

    /** True when both name one existing file (through links, hard links or another spelling). */
    public static boolean isSameFile(Path a, Path b) throws IOException {
        Path first = writeTarget(a);
        Path second = writeTarget(b);
        if (first.equals(second)) {
            return true;
        }
        return Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second);
    }

    /**
     * Whether a file may not be written: the process lacks the right, or — for a process that may write anything,
     * as an administrator — the file says so itself (no write permission for anyone, or the DOS read-only flag).
     */
    public static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            return dos != null && dos.readAttributes().isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
