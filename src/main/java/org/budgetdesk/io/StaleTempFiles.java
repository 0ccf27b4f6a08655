package org.budgetdesk.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes the temporary files a killed save left behind: only recognisably ours — {@code .NAME.budget.<16 hex
 * digits>.tmp} or {@code .NAME.budget.bak.<16 hex digits>.tmp}, a plain file — and only when older than a day, so
 * a save running in another BudgetDesk at this moment is never disturbed. Called when a project is opened or saved
 * in a folder; best effort: a file that cannot be removed is left.
 */
public final class StaleTempFiles {
    /** Temporary files younger than this may belong to a save in progress. */
    static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final Pattern OURS = Pattern.compile("\\..+\\.budget(\\.bak)?\\.[0-9a-f]{16}\\.tmp");

    private StaleTempFiles() {
    }

    /** Removes our stale temporary files from the folder of {@code file}; returns how many were removed. */
    public static int cleanBeside(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path candidate : candidates) {
                removed += removeIfStale(candidate, cutoff) ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder or a file in use: nothing is lost by leaving them.
        }
        return removed;
    }

    private static boolean removeIfStale(Path candidate, Instant cutoff) {
        try {
            return OURS.matcher(candidate.getFileName().toString()).matches()
                    && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    && Files.getLastModifiedTime(candidate, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)
                    && Files.deleteIfExists(candidate);
        } catch (IOException | RuntimeException e) {
            return false;   // in use or not ours to remove: nothing is lost by leaving it
        }
    }
}
