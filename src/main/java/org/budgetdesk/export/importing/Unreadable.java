package org.budgetdesk.export.importing;

/**
 * A cell that could not be read, or a figure that disagrees with its parts: where it is and why.
 *
 * @param sheet  the sheet's name
 * @param row    the row number as a spreadsheet shows it (1 for the first)
 * @param column the column letter(s), as a spreadsheet shows them (A, B, … AA)
 * @param reason a message key ({@code import.problem.*}); its argument is {@code detail}
 * @param detail what the cell held, or the figures that disagree
 */
public record Unreadable(String sheet, int row, String column, String reason, String detail) {

    /** The column letters of a zero-based column index. */
    static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** A problem of a whole sheet (no cell). */
    static Unreadable ofSheet(String sheet, String reason, String detail) {
        return new Unreadable(sheet, 0, "", reason, detail);
    }
}
