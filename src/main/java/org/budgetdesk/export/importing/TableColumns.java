package org.budgetdesk.export.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.export.xlsx.ColumnSpec;
import org.budgetdesk.export.xlsx.TableTemplate;

/** The header path of each field of a table template: “基本支出/人员经费” for a column under 基本支出. */
final class TableColumns {
    private TableColumns() {
    }

    static Map<String, String> pathsByField(TableTemplate template) {
        Map<String, String> paths = new LinkedHashMap<>();
        collect(template.columns(), "", paths);
        return paths;
    }

    private static void collect(List<ColumnSpec> columns, String parent, Map<String, String> paths) {
        for (ColumnSpec column : columns) {
            String path = parent.isEmpty() ? column.header() : parent + "/" + column.header();
            if (column.isLeaf()) {
                paths.put(column.field(), path);
            } else {
                collect(column.children(), path, paths);
            }
        }
    }
}
