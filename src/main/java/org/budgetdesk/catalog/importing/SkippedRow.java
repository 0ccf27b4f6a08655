package org.budgetdesk.catalog.importing;

/**
 * A row of the file that was not taken.
 *
 * @param sheet  the sheet's name (a CSV or text file has one, named after the file)
 * @param row    the row number as the file shows it, from 1
 * @param reason why
 * @param text   the row's cells joined with " | ", shortened, so the user recognises it
 * @param code   the code read from the row, or empty
 */
public record SkippedRow(String sheet, int row, SkipReason reason, String text, String code) {
}
