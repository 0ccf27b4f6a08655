package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellReference;
import org.budgetdesk.format.DisplayUnit;

/**
 * The body of a table as cells: text, amounts in the display unit, and SUM formulas with the values they compute.
 *
 * <p>Amounts are the exact figures in the unit ({@link DisplayUnit#exactFromYuan}: 763.056 万元), shown with two
 * decimals by the cell format, which rounds half-up like {@link DisplayUnit#fromYuan}. A SUM of exact figures is the
 * model's exact total, so each total shows the model's rounded total; a SUM of figures rounded one by one would differ
 * by the rounding residue (the sample's 社会保障和就业 类 is 690.58, its 项 rounded one by one add up to 690.59).
 */
final class TableBody {
    private final List<TableRow> rows;
    private final List<ColumnSpec> columns;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final DisplayUnit unit;
    private final BigDecimal[][] values;
    /** {@link #notPublished} of each cell once asked: a sum's answer needs its rows', and a 类 sums 款 that sum 项. */
    private final Boolean[][] unpublished;

    TableBody(List<TableRow> rows, List<ColumnSpec> columns, DisplayUnit unit) {
        this.rows = rows;
        this.columns = columns;
        this.unit = unit;
        for (int c = 0; c < columns.size(); c++) {
            columnOf.put(columns.get(c).field(), c);
        }
        values = new BigDecimal[rows.size()][columns.size()];
        unpublished = new Boolean[rows.size()][columns.size()];
    }

    int rowCount() {
        return rows.size();
    }

    TableRow row(int r) {
        return rows.get(r);
    }

    /** The text of a cell, or null when it holds an amount or nothing; “—” for a figure that is not published. */
    String text(int r, int c) {
        if (notPublished(r, c)) {
            return CellValue.NotPublished.TEXT;
        }
        return rows.get(r).cell(columns.get(c).field()) instanceof CellValue.Text text ? text.text() : null;
    }

    /** True for a prior that is not published, and for a sum over one: such a total is not known either. */
    boolean notPublished(int r, int c) {
        if (unpublished[r][c] == null) {
            unpublished[r][c] = findNotPublished(r, c);
        }
        return unpublished[r][c];
    }

    private boolean findNotPublished(int r, int c) {
        CellValue cell = rows.get(r).cell(columns.get(c).field());
        if (cell instanceof CellValue.Sum sum) {
            return sum.rows().stream().anyMatch(row -> notPublished(row, c));
        }
        if (cell instanceof CellValue.Amount) {
            return columns.get(c).sumOf().stream().anyMatch(field -> notPublished(r, columnOf.get(field)));
        }
        return cell instanceof CellValue.NotPublished;
    }

    /** The number of a cell (an amount or a formula's result) in the display unit, or null. */
    BigDecimal number(int r, int c) {
        if (notPublished(r, c)) {
            return null;
        }
        if (values[r][c] == null) {
            values[r][c] = compute(r, c);
        }
        return values[r][c];
    }

    /**
     * The formula of a cell, or null when it holds a plain value.
     *
     * @param firstRow the sheet row (0-based) of the body's first row
     */
    String formula(int r, int c, int firstRow) {
        if (notPublished(r, c)) {
            return null;
        }
        CellValue cell = rows.get(r).cell(columns.get(c).field());
        if (cell instanceof CellValue.Sum sum && !sum.rows().isEmpty()) {
            TreeSet<Integer> sheetRows = new TreeSet<>();
            sum.rows().forEach(row -> sheetRows.add(firstRow + row));
            return sum(sheetRows, number -> CellReference.convertNumToColString(c) + (number + 1));
        }
        if (cell instanceof CellValue.Amount && !columns.get(c).sumOf().isEmpty()) {
            TreeSet<Integer> sheetColumns = new TreeSet<>();
            columns.get(c).sumOf().forEach(field -> sheetColumns.add(columnOf.get(field)));
            String row = String.valueOf(firstRow + r + 1);
            return sum(sheetColumns, column -> CellReference.convertNumToColString(column) + row);
        }
        return null;
    }

    /**
     * Whether a printed total differs from the sum of its printed parts (each shown rounded to two decimals): the
     * sample's 690.58 over 项 that print as 690.59. The figures are right; the table then carries a note saying so.
     */
    boolean showsRoundingGap() {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal total = number(r, c);
                List<BigDecimal> parts = parts(r, c);
                if (total != null && !parts.isEmpty() && shown(total).compareTo(parts.stream().map(TableBody::shown)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The figures a total cell adds up (the rows of a SUM, or the columns of a row total); empty for a plain one. */
    private List<BigDecimal> parts(int r, int c) {
        CellValue cell = rows.get(r).cell(columns.get(c).field());
        if (cell instanceof CellValue.Sum sum) {
            return sum.rows().stream().map(row -> orZero(number(row, c))).toList();
        }
        if (cell instanceof CellValue.Amount) {
            return columns.get(c).sumOf().stream().map(field -> orZero(number(r, columnOf.get(field)))).toList();
        }
        return List.of();
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal compute(int r, int c) {
        CellValue cell = rows.get(r).cell(columns.get(c).field());
        if (cell instanceof CellValue.Sum sum) {
            return sum.rows().stream().map(row -> orZero(number(row, c))).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (cell instanceof CellValue.Amount amount) {
            if (columns.get(c).sumOf().isEmpty()) {
                return unit.exactFromYuan(amount.yuan());
            }
            return columns.get(c).sumOf().stream().map(field -> orZero(number(r, columnOf.get(field))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return null;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** SUM over sorted positions, contiguous runs written as ranges: SUM(C7:C9,C12). */
    private static String sum(TreeSet<Integer> positions, java.util.function.IntFunction<String> reference) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int position : positions) {
            if (previous != null && position == previous + 1) {
                previous = position;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous, reference));
            }
            start = position;
            previous = position;
        }
        if (start != null) {
            parts.add(range(start, previous, reference));
        }
        return "SUM(" + String.join(",", parts) + ")";
    }

    private static String range(int from, int to, java.util.function.IntFunction<String> reference) {
        return from == to ? reference.apply(from) : reference.apply(from) + ":" + reference.apply(to);
    }
}
