package org.budgetdesk.export.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one sheet is read: as which table, and which figure each column holds.
 *
 * @param sheet   the sheet's name
 * @param table   what the sheet is
 * @param columns header path (“基本支出/人员经费”, as {@link SheetTable} reads it) → field of {@link TableKind#fields()}
 */
public record SheetMapping(String sheet, TableKind table, Map<String, String> columns) {
    public SheetMapping {
        if (sheet == null || table == null || columns == null) {
            throw new IllegalArgumentException("a sheet mapping needs a sheet, a table and columns");
        }
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (!table.fields().contains(column.getValue())) {
                throw new IllegalArgumentException(sheet + ": “" + column.getKey() + "” cannot hold "
                        + column.getValue() + " in a table of kind " + table.id());
            }
        }
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Field → header path, for {@link TableReading#locate}. */
    Map<String, String> pathsByField() {
        Map<String, String> paths = new LinkedHashMap<>();
        columns.forEach((path, field) -> paths.putIfAbsent(field, path));
        return paths;
    }
}
