package org.budgetdesk.io.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.io.lock.Owner;

/** Reading recovery files: the header alone for listing, the whole file for restoring. Never half-trusts one. */
final class RecoveryFiles {
    /** A header longer than this is not one (a real header is a few hundred bytes, a long path included). */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private RecoveryFiles() {
    }

    /** A recovery file as listed: its entry and, when readable, its header. */
    record Inspected(RecoveryEntry entry, RecoveryHeader header) {
        /** True when another BudgetDesk on this computer wrote the file and still runs: its work is not lost. */
        boolean isOfLiveProcess() {
            return header != null && header.pid() > 0 && header.pid() != ProcessHandle.current().pid()
                    && header.host().equalsIgnoreCase(Owner.localHost())
                    && ProcessHandle.of(header.pid()).isPresent();
        }
    }

    /** Lists one file; {@code null} when it vanished meanwhile. Problems are reported in the entry, not thrown. */
    static Inspected inspect(Path file, long maxBytes) {
        long size;
        Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return damaged(file, 0, Instant.EPOCH, unreadable(file, e));
        }
        if (size > maxBytes) {
            return damaged(file, size, modified, ProjectFileException.of(Kind.TOO_LARGE, file, "",
                    String.valueOf(size), String.valueOf(maxBytes), null));
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(MAX_HEADER_BYTES + 2);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return damaged(file, size, modified, unreadable(file, e));
        }
        try {
            int end = headerEnd(start, file);
            RecoveryHeader header = RecoveryHeader.parse(Arrays.copyOf(start, end), file);
            if (end + 1 >= size) {
                throw RecoveryHeader.problem(Kind.TRUNCATED, file, "", "", null);
            }
            return new Inspected(new RecoveryEntry(file, header.originalPath(), header.sessionId(), header.savedAt(),
                    size, null), header);
        } catch (ProjectFileException e) {
            return damaged(file, size, modified, e);
        }
    }

    /** The project bytes of a recovery file, after checking its header. */
    static byte[] projectBytes(Path file, long maxBytes) throws ProjectFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw ProjectFileException.of(Kind.TOO_LARGE, file, "", String.valueOf(size),
                        String.valueOf(maxBytes), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.of(Kind.NOT_FOUND, file, "", "", "", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        int end = headerEnd(bytes, file);
        RecoveryHeader.parse(Arrays.copyOf(bytes, end), file);
        return Arrays.copyOfRange(bytes, end + 1, bytes.length);
    }

    /** The index of the {@code '\n'} that ends the header. */
    private static int headerEnd(byte[] bytes, Path file) throws ProjectFileException {
        int limit = Math.min(bytes.length, MAX_HEADER_BYTES + 1);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw RecoveryHeader.problem(bytes.length > MAX_HEADER_BYTES ? Kind.NOT_JSON : Kind.TRUNCATED, file, "",
                "", null);
    }

    private static Inspected damaged(Path file, long size, Instant modified, ProjectFileException problem) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - RecoveryStore.EXTENSION.length());
        String sessionId = id.startsWith("untitled-") ? id.substring("untitled-".length()) : id;
        return new Inspected(new RecoveryEntry(file, null, sessionId, modified, size, problem), null);
    }

    private static ProjectFileException unreadable(Path file, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return ProjectFileException.of(Kind.UNREADABLE, file, "", reason, "", e);
    }
}
