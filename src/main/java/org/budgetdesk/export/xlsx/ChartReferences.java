package org.budgetdesk.export.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * Where the tables hold the figures the charts draw, so that the chart sheet's small tables are formulas over the
 * table cells ({@code ='表1-2'!C8}) and each native chart, drawing those, follows the tables. The source is the first
 * table of the set with functional rows over every source and a 项目支出 column (部门支出总表): its 合计 row for 基本/项目支出 and
 * 人员/公用经费, its 类 rows for the functional structure. A figure no such table shows keeps its value.
 */
final class ChartReferences {
    private static final List<String> FIELDS = List.of("total", "basic", "personnel", "publicCosts", "project");
    private final Map<String, String> references = new HashMap<>();

    /**
     * Notes where a table holds the charts' figures, if it is a spending table; called for each table in order as it
     * is written, so no table's rows need to be kept for the chart sheet.
     */
    void add(TableTemplate table, TableBody body) {
        RowSpec rows = table.rows();
        boolean spending = table.leaves().stream().anyMatch(column -> column.field().equals("project"));
        if (rows.builder().equals("functional") && (rows.sources() == null || rows.sources().isEmpty())
                && rows.nonZero() == null && spending) {
            read(table, body);
        }
    }

    /** The cell of a 类's total ({@code 208}), if a table shows it. */
    Optional<String> ofClass(String code) {
        return Optional.ofNullable(references.get("class:" + code));
    }

    /** The cell of the department's total of a field ({@code project}); 基本支出 may be 人员经费 + 公用经费. */
    Optional<String> ofTotal(String field) {
        String reference = references.get("total:" + field);
        if (reference == null && field.equals("basic") && references.containsKey("total:personnel")
                && references.containsKey("total:publicCosts")) {
            return Optional.of(references.get("total:personnel") + "+" + references.get("total:publicCosts"));
        }
        return Optional.ofNullable(reference);
    }

    private void read(TableTemplate table, TableBody body) {
        List<ColumnSpec> leaves = table.leaves();
        int firstRow = TableSheet.HEADER_ROW + table.headerDepth();
        int code = -1;
        for (int c = 0; c < leaves.size(); c++) {
            code = leaves.get(c).field().equals("code") ? c : code;
        }
        for (int c = 0; c < leaves.size(); c++) {
            String field = leaves.get(c).field();
            if (!FIELDS.contains(field)) {
                continue;
            }
            for (int r = 0; r < body.rowCount(); r++) {
                TableRow row = body.row(r);
                String cell = "'" + table.sheet().replace("'", "''") + "'!"
                        + new CellReference(firstRow + r, c).formatAsString(false);
                if (row.kind() == TableRow.Kind.TOTAL) {
                    references.putIfAbsent("total:" + field, cell);
                } else if (row.kind() == TableRow.Kind.GROUP && row.level() == 0 && field.equals("total")
                        && code >= 0 && body.text(r, code) != null) {
                    references.putIfAbsent("class:" + body.text(r, code), cell);
                }
            }
        }
    }
}
