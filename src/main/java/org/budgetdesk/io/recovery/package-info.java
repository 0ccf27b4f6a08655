/**
 * Recovery copies of unsaved work ({@link org.budgetdesk.io.recovery.RecoveryStore}).
 *
 * <p>Decisions: a copy is one file (a JSON header line, then the project bytes) rather than a project file and a
 * sidecar, so one atomic rename writes both and no half-pair can exist; listing reads only the headers, restoring
 * reads and checks everything, and every problem is a {@link org.budgetdesk.io.ProjectFileException}.
 */
package org.budgetdesk.io.recovery;
