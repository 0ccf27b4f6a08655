package org.budgetdesk.export.common;

/**
 * Something an export did to a text so that the file could still be written, for the user to be told: what, where
 * (a field of the project, or a table cell and its column), and how many characters.
 *
 * @param kind  what was done
 * @param where the field ({@code units[0].texts.functions[2]}) or the cell ({@code 公开表6!G8 年度目标})
 * @param count how many characters were replaced, or how long the text was
 */
public record ExportWarning(Kind kind, String where, int count) {

    /** What was done; the message key is {@code export.warning.<name>}. */
    public enum Kind {
        /** Characters no office file can hold (control characters, lone surrogates) written as U+FFFD. */
        REPLACED_CHARACTERS,
        /** A text longer than a spreadsheet cell holds, cut in the table with a note; the full text is elsewhere. */
        CUT_TO_CELL
    }
}
