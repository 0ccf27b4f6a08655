package org.budgetdesk.audit.read;

/** A file whose text cannot be read for the audit; {@code key} names the message (audit.read.*), with its argument. */
public final class UnreadableTextException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String detail;

    UnreadableTextException(String key, String detail, Throwable cause) {
        super(key + ": " + detail, cause);
        this.key = key;
        this.detail = detail;
    }

    /** The message key: {@code audit.read.unreadable}, {@code audit.read.unsupported} or {@code audit.read.noText}. */
    public String key() {
        return key;
    }

    /** What the message names: the reason a file could not be read, or the file. */
    public String detail() {
        return detail;
    }
}
