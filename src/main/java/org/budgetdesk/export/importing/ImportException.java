package org.budgetdesk.export.importing;

/** A workbook that cannot be used at all: not a workbook, unreadable, or no table BudgetDesk recognises. */
public final class ImportException extends Exception {
    /** The key of a read the person cancelled. */
    static final String CANCELLED = "import.cancelled";
    private final String key;
    private final String detail;

    ImportException(String key, String detail, Throwable cause) {
        super(key + ": " + detail, cause);
        this.key = key;
        this.detail = detail;
    }

    /** The message key of the reason ({@code import.error.*}); its argument is {@link #detail()}. */
    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }

    /** Whether the read ended because the person cancelled it (see {@link ReadProgress}). */
    public boolean cancelled() {
        return key.equals(CANCELLED);
    }

    /** Carries an {@link ImportException} through code that cannot throw checked exceptions. */
    static final class Unchecked extends RuntimeException {
        private final ImportException checked;

        Unchecked(ImportException checked) {
            super(checked.getMessage(), checked);
            this.checked = checked;
        }

        ImportException checked() {
            return checked;
        }
    }
}
