package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.format.DisplayUnit;

/**
 * One table of a table set, as data: where it goes, what it is called, its rows and its columns.
 *
 * @param sheet   the sheet name (at most 31 characters, none of {@code []:*?/\})
 * @param number  the table's number as printed above it (表1-2); may be empty
 * @param title   the table's title (部门支出总表)
 * @param unit    a unit this table always uses whatever the export chose (Shanghai prints some tables in 元); null
 *                for the chosen one
 * @param rows    the rows
 * @param columns the columns, left to right; a column with children is a multi-level header
 * @param empty   the statement an empty table carries (…故本表为空表); null for the set's default
 */
public record TableTemplate(String sheet, String number, String title, DisplayUnit unit, RowSpec rows,
                            List<ColumnSpec> columns, String empty) {

    public TableTemplate {
        if (sheet == null || sheet.isBlank() || sheet.length() > 31 || sheet.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("not a valid sheet name: " + sheet);
        }
        if (title == null || rows == null || columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("table " + sheet + " needs a title, rows and columns");
        }
        number = number == null ? "" : number;
        columns = List.copyOf(columns);
    }

    /** The leaf columns, left to right: one per sheet column. */
    public List<ColumnSpec> leaves() {
        List<ColumnSpec> leaves = new ArrayList<>();
        columns.forEach(column -> leaves.addAll(column.leaves()));
        return leaves;
    }

    /** How many header rows the columns need. */
    public int headerDepth() {
        return columns.stream().mapToInt(ColumnSpec::depth).max().orElse(1);
    }
}
