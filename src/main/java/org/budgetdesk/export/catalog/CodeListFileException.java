package org.budgetdesk.export.catalog;

import java.nio.file.Path;

/** A file that cannot be read as a classification list at all; {@link #kind()} says why, for the message. */
public final class CodeListFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be read. */
    public enum Kind {
        /** Missing, a folder, or not readable. */
        UNREADABLE,
        /** Over the size limit. */
        TOO_LARGE,
        /** Named or shaped like a workbook, but POI cannot open it. */
        NOT_A_WORKBOOK,
        /** A workbook protected by a password. */
        ENCRYPTED
    }

    private final Kind kind;
    private final transient Path file;

    CodeListFileException(Kind kind, Path file, Throwable cause) {
        super(kind + ": " + file + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
                cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
