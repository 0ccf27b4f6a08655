package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.budgetdesk.model.Fund;

/**
 * Where the tables hold the figures the charts draw, so that the chart sheet's small tables are formulas over the
 * table cells ({@code ='表1-2'!C8}) and each native chart, drawing those, follows the tables. The spending figures
 * come from the first table of the set with functional rows over every source and a 项目支出 column (部门支出总表):
 * its 合计 row for 基本/项目支出 and 人员/公用经费, its 类 rows for the functional structure. The “三公” parts come from
 * the 合计 rows of the “三公” tables, added up over tables whose funds do not overlap (表3-3 一般公共预算 + 表4-1
 * 政府性基金). A figure no table shows keeps its value.
 */
final class ChartReferences {
    private static final List<String> FIELDS = List.of("total", "basic", "personnel", "publicCosts", "project");
    private final Map<String, String> references = new HashMap<>();
    private final List<ThreePublicTable> threePublicTables = new ArrayList<>();

    /**
     * The cells that add up to a “三公” part over the funds they cover.
     *
     * @param formula the sum of the cells ({@code '表3-3'!D7+'表4-1'!D7})
     * @param funds   the funds those tables cover; what other funds pay of the part is in no table
     */
    record ThreePublicCells(String formula, Set<Fund> funds) {
    }

    /** A “三公” table's funds and the cells of its 合计 row, by part. */
    private record ThreePublicTable(Set<Fund> funds, Map<String, String> cells) {
    }

    /**
     * Notes where a table holds the charts' figures, if it is a spending or a “三公” table; called for each table in
     * order as it is written, so no table's rows need to be kept for the chart sheet.
     */
    void add(TableTemplate table, TableBody body) {
        RowSpec rows = table.rows();
        boolean spending = table.leaves().stream().anyMatch(column -> column.field().equals("project"));
        if (rows.builder().equals("functional") && (rows.sources() == null || rows.sources().isEmpty())
                && rows.nonZero() == null && spending) {
            read(table, body);
        }
        if (rows.builder().equals("threePublic")) {
            readThreePublic(table, body);
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

    /**
     * The 合计 cells of a “三公” part ({@code reception}) in the “三公” tables, the widest first and none whose funds
     * overlap one already taken, so that no fund counts twice; empty when no table shows the part.
     */
    Optional<ThreePublicCells> ofThreePublic(String field) {
        List<String> cells = new ArrayList<>();
        Set<Fund> covered = EnumSet.noneOf(Fund.class);
        List<ThreePublicTable> widestFirst = threePublicTables.stream()
                .sorted(Comparator.comparingInt(table -> -table.funds().size())).toList();
        for (ThreePublicTable table : widestFirst) {
            String cell = table.cells().get(field);
            if (cell != null && table.funds().stream().noneMatch(covered::contains)) {
                cells.add(cell);
                covered.addAll(table.funds());
            }
        }
        return cells.isEmpty() ? Optional.empty()
                : Optional.of(new ThreePublicCells(String.join("+", cells), covered));
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
                String cell = cell(table, firstRow + r, c);
                if (row.kind() == TableRow.Kind.TOTAL) {
                    references.putIfAbsent("total:" + field, cell);
                } else if (row.kind() == TableRow.Kind.GROUP && row.level() == 0 && field.equals("total")
                        && code >= 0 && body.text(r, code) != null) {
                    references.putIfAbsent("class:" + body.text(r, code), cell);
                }
            }
        }
    }

    /** Notes the cells of a “三公” table's 合计 row by part, with the funds the table covers. */
    private void readThreePublic(TableTemplate table, TableBody body) {
        if (body.rowCount() == 0 || body.row(0).kind() != TableRow.Kind.TOTAL) {
            return; // an empty table: its funds pay no “三公”
        }
        Set<Fund> funds = ThreePublicRows.funds(table.rows());
        Map<String, String> cells = new HashMap<>();
        List<ColumnSpec> leaves = table.leaves();
        int firstRow = TableSheet.HEADER_ROW + table.headerDepth();
        for (int c = 0; c < leaves.size(); c++) {
            if (ThreePublicRows.PARTS.containsKey(leaves.get(c).field()) && !body.notPublished(0, c)) {
                cells.put(leaves.get(c).field(), cell(table, firstRow, c));
            }
        }
        threePublicTables.add(new ThreePublicTable(funds == null ? EnumSet.allOf(Fund.class) : funds, cells));
    }

    private static String cell(TableTemplate table, int row, int column) {
        return "'" + table.sheet().replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false);
    }
}
