package org.budgetdesk.catalog.importing;

/**
 * Where an imported list keeps its codes and names.
 *
 * @param kind        the arrangement
 * @param firstColumn the first column holding codes (from 0)
 * @param lastColumn  the last column holding codes: the same as the first unless the levels have columns of their own
 * @param nameColumn  the column of the names, or -1 when each name follows its code in the same cell
 * @param firstRow    the row of the first code (from 1)
 */
public record ImportLayout(Kind kind, int firstColumn, int lastColumn, int nameColumn, int firstRow) {

    /** How codes and names are arranged. */
    public enum Kind {
        /** The code in one column, the name in another. */
        CODE_AND_NAME_COLUMNS,
        /** “2010101 行政运行” in one cell. */
        CODE_AND_NAME_IN_ONE_CELL,
        /** 类, 款 and 项 each in a column of its own, as full codes or as their own two digits (类 201 | 款 01 | 项 01). */
        LEVEL_COLUMNS
    }

    /** The code columns as spreadsheet names: "B" or "A–C". */
    public String codeColumns() {
        String first = ImportSheet.columnName(firstColumn);
        return lastColumn == firstColumn ? first : first + "–" + ImportSheet.columnName(lastColumn);
    }

    /** The name column as a spreadsheet name, or empty when names share the code's cell. */
    public String nameColumnName() {
        return nameColumn < 0 ? "" : ImportSheet.columnName(nameColumn);
    }
}
