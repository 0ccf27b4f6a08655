package org.budgetdesk.catalog.importing;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of a file as text cells, as the file shows them: {@code rows.get(i)} is row {@code i + 1}, and a row
 * may be shorter than others or empty. A CSV or text file is one sheet.
 */
public record ImportSheet(String name, List<List<String>> rows) {
    public ImportSheet {
        Objects.requireNonNull(name, "name");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The number of columns of the widest row. */
    public int columns() {
        int columns = 0;
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        return columns;
    }

    /** The text of a cell (row and column from 0), empty when the row is shorter. */
    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        if (column >= cells.size()) {
            return "";
        }
        String text = cells.get(column);
        return text == null ? "" : text;
    }

    /** The spreadsheet name of a column from 0: A, B, …, Z, AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
