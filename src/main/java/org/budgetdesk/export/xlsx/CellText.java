package org.budgetdesk.export.xlsx;

/**
 * A text as a spreadsheet cell can hold it: at most 32,767 characters (the limit of Excel's file format, which POI
 * enforces by refusing the whole workbook). A longer text is cut, on a whole character, and ends with a note saying
 * how long it was, so the table is still written and the reader knows the cell is not the whole text.
 */
final class CellText {
    /** The most characters a cell holds. */
    static final int LIMIT = 32_767;
    private static final String NOTE = "……（原文共%d字，超出单元格容量，此处截断）";

    private CellText() {
    }

    static boolean tooLong(String text) {
        return text != null && text.length() > LIMIT;
    }

    /** The text itself when it fits, else its beginning and the note, {@link #LIMIT} characters at most. */
    static String fit(String text) {
        if (!tooLong(text)) {
            return text;
        }
        String note = String.format(NOTE, text.codePointCount(0, text.length()));
        int end = LIMIT - note.length();
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + note;
    }
}
