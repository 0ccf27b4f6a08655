package org.budgetdesk.catalog.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file in which no classification code was found. It names what was tried, so the user can see whether the
 * codes are elsewhere (another sheet, a column further right) or missing.
 */
public final class NoCodesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One sheet that was searched: its name and how many rows and columns it has. */
    public record Tried(String sheet, int rows, int columns) {
        /** "rows 1–120, columns A–F" in English. */
        public String describe() {
            return rows == 0 || columns == 0 ? "no cells"
                    : "rows 1–" + rows + ", columns A–" + ImportSheet.columnName(columns - 1);
        }
    }

    private final transient List<Tried> tried;
    private final int codesOfOtherKinds;

    NoCodesException(String fileName, List<Tried> tried, int codesOfOtherKinds) {
        super("No classification codes in " + fileName + ": tried "
                + tried.stream().map(t -> "sheet \"" + t.sheet() + "\" (" + t.describe() + ")")
                .collect(Collectors.joining(", "))
                + ". A code has 3, 5 or 7 digits (9-digit 目 are skipped), alone in a cell or before its name"
                + " (\"2010101 行政运行\")" + (codesOfOtherKinds > 0 ? "; " + codesOfOtherKinds
                + " codes of another classification or length were skipped" : "") + ".");
        this.tried = List.copyOf(tried);
        this.codesOfOtherKinds = codesOfOtherKinds;
    }

    /** The sheets searched, in file order. */
    public List<Tried> tried() {
        return tried;
    }

    /** How many cells held digits that were not codes of the wanted classification (revenue codes, 目, …). */
    public int codesOfOtherKinds() {
        return codesOfOtherKinds;
    }
}
