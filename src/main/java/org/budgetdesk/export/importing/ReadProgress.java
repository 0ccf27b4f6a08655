package org.budgetdesk.export.importing;

/**
 * Where a workbook being read reports how far it is (per table read, after the file is open) and learns that the
 * person cancelled; a cancelled read ends with an {@link ImportException} whose {@link ImportException#cancelled()}
 * is true, and nothing read is kept.
 */
public interface ReadProgress {
    /** Nothing to report to, never cancelled. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void report(double fraction) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** How far the read is, 0 to 1. */
    void report(double fraction);

    /** Whether the person asked to stop. */
    boolean cancelled();

    /** Reports {@code done} of {@code total} tables, or ends the read when it was cancelled. */
    default void tableDone(int done, int total) {
        if (cancelled()) {
            throw new ImportException.Unchecked(new ImportException(ImportException.CANCELLED, "", null));
        }
        report(total == 0 ? 1 : (double) done / total);
    }
}
