package org.budgetdesk.catalog.importing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where a sheet keeps its codes and names, from counts per column: the column with the most codes, the
 * neighbouring columns that hold codes or a level's own digits too (类 | 款 | 项 columns), and the column with the
 * most text on the rows that have a code.
 */
final class SheetLayouts {
    private SheetLayouts() {
    }

    /** The layout of a sheet, or empty when no column holds a code. */
    static Optional<ImportLayout> find(ImportSheet sheet) {
        int columns = sheet.columns();
        int[] codes = new int[columns];
        int[] codesWithText = new int[columns];
        int[] segments = new int[columns];
        int[] texts = new int[columns];
        for (int row = 0; row < sheet.rows().size(); row++) {
            for (int column = 0; column < columns; column++) {
                CellToken token = CellToken.of(sheet.cell(row, column));
                if (token.isCode() && validLength(token.digits())) {
                    codes[column]++;
                    if (!token.rest().isEmpty()) {
                        codesWithText[column]++;
                    }
                } else if (token.isSegment()) {
                    segments[column]++;
                } else if (token.isText()) {
                    texts[column]++;
                }
            }
        }
        int best = -1;
        for (int column = 0; column < columns; column++) {
            if (codes[column] > 0 && (best < 0 || codes[column] > codes[best])) {
                best = column;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int first = best;
        int last = best;
        while (first > 0 && codes[first - 1] > 0 && codes[first - 1] >= texts[first - 1]) {
            first--;
        }
        while (last + 1 < columns && belongsToCodes(sheet, first, last + 1, codes, segments, texts)) {
            last++;
        }
        boolean oneCell = first == last && codesWithText[best] * 2 > codes[best];
        int nameColumn = oneCell ? -1 : nameColumn(sheet, first, last);
        int firstRow = firstCodeRow(sheet, first, last);
        ImportLayout.Kind kind = first != last ? ImportLayout.Kind.LEVEL_COLUMNS
                : oneCell ? ImportLayout.Kind.CODE_AND_NAME_IN_ONE_CELL : ImportLayout.Kind.CODE_AND_NAME_COLUMNS;
        return Optional.of(new ImportLayout(kind, first, last, nameColumn, firstRow));
    }

    /**
     * Whether the column right of the code columns holds codes too: full codes of another level, or a level's own
     * two digits (款 “01”) — on rows of their own (the official layout: 201 | | , then | 01 | ), or beside a column
     * of 类 or 款 codes only (201 | 01 | 01). A column of single digits beside codes of every length is a level
     * number (级次), not part of the code.
     */
    private static boolean belongsToCodes(ImportSheet sheet, int first, int column, int[] codes, int[] segments,
                                          int[] texts) {
        int numbers = codes[column] + segments[column];
        if (numbers == 0 || numbers < texts[column]) {
            return false;
        }
        if (codes[column] >= segments[column]) {
            return true;
        }
        int alone = 0;
        Set<Integer> lengthsLeft = new HashSet<>();
        for (int row = 0; row < sheet.rows().size(); row++) {
            if (!CellToken.of(sheet.cell(row, column)).isSegment()) {
                continue;
            }
            boolean codeLeft = false;
            for (int left = first; left < column; left++) {
                CellToken token = CellToken.of(sheet.cell(row, left));
                if (token.isCode()) {
                    codeLeft = true;
                    lengthsLeft.add(token.digits().length());
                }
            }
            if (!codeLeft) {
                alone++;
            }
        }
        return alone > 0 || lengthsLeft.size() == 1 && (lengthsLeft.contains(3) || lengthsLeft.contains(5));
    }

    /** The column with the most plain text on rows with a code: to the right of the codes, else to the left. */
    private static int nameColumn(ImportSheet sheet, int first, int last) {
        int columns = sheet.columns();
        int[] texts = new int[columns];
        for (int row = 0; row < sheet.rows().size(); row++) {
            boolean hasCode = false;
            for (int column = first; column <= last && !hasCode; column++) {
                CellToken token = CellToken.of(sheet.cell(row, column));
                hasCode = token.isCode() || token.isSegment();
            }
            if (!hasCode) {
                continue;
            }
            for (int column = 0; column < columns; column++) {
                if ((column < first || column > last) && CellToken.of(sheet.cell(row, column)).isText()) {
                    texts[column]++;
                }
            }
        }
        int best = -1;
        for (int column = last + 1; column < columns; column++) {
            if (texts[column] > 0 && (best < 0 || texts[column] > texts[best])) {
                best = column;
            }
        }
        for (int column = first - 1; column >= 0; column--) {
            if (texts[column] > 0 && (best < 0 || texts[column] > texts[best])) {
                best = column;
            }
        }
        return best;
    }

    private static int firstCodeRow(ImportSheet sheet, int first, int last) {
        for (int row = 0; row < sheet.rows().size(); row++) {
            for (int column = first; column <= last; column++) {
                CellToken token = CellToken.of(sheet.cell(row, column));
                if (token.isCode() && validLength(token.digits())) {
                    return row + 1;
                }
            }
        }
        return 1;
    }

    static boolean validLength(String digits) {
        int length = digits.length();
        return length == 3 || length == 5 || length == 7 || length == 9;
    }
}
