package org.budgetdesk.io.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.budgetdesk.io.ProjectFileException;

/**
 * A recovery file that a BudgetDesk which is no longer running left behind: unsaved work to offer back to the user.
 *
 * @param file the recovery file
 * @param originalPath the project file the work belongs to, or {@code null} for a project that was never saved
 * @param sessionId the id the workbench gave the open project; pass it to {@link RecoveryStore#write} to keep
 *                  writing the same recovery file after restoring an untitled project
 * @param savedAt when the copy was written (the file's modification time when the header is unreadable)
 * @param size the recovery file's size in bytes
 * @param problem why the file cannot be restored, when that is already known from its header; {@code null}
 *                otherwise ({@link RecoveryStore#restore} may still find a problem in the project content)
 */
public record RecoveryEntry(Path file, Path originalPath, String sessionId, Instant savedAt, long size,
                            ProjectFileException problem) {
    public RecoveryEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** True for work on a project that was never saved. */
    public boolean isUntitled() {
        return originalPath == null;
    }

    /** True when the file is known to be damaged; it can only be discarded. */
    public boolean isDamaged() {
        return problem != null;
    }
}
