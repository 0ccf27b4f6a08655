package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One body row of a table, as a row builder makes it: its kind, its indentation and its cells by field. */
final class TableRow {
    /** How the row is shown: totals in bold, groups (类, 款) above their items. */
    enum Kind { TOTAL, GROUP, ITEM }

    private final Kind kind;
    private final int level;
    private final boolean continuation;
    private final Map<String, CellValue> cells = new HashMap<>();

    private TableRow(Kind kind, int level, boolean continuation) {
        this.kind = kind;
        this.level = level;
        this.continuation = continuation;
    }

    static TableRow total() {
        return new TableRow(Kind.TOTAL, 0, false);
    }

    /** A 类 (level 0) or 款 (level 1) row. */
    static TableRow group(int level) {
        return new TableRow(Kind.GROUP, level, false);
    }

    static TableRow item(int level) {
        return new TableRow(Kind.ITEM, level, false);
    }

    /**
     * A row that goes on with the item above it (a project's further indicator): it fills only its own fields, and
     * the columns it leaves blank are merged with the item's cells.
     */
    static TableRow continuation() {
        return new TableRow(Kind.ITEM, 0, true);
    }

    TableRow text(String field, String text) {
        cells.put(field, new CellValue.Text(text));
        return this;
    }

    /** An amount in 元; {@code null} is a prior-year amount that is not published. */
    TableRow amount(String field, BigDecimal yuan) {
        cells.put(field, yuan == null ? new CellValue.NotPublished() : new CellValue.Amount(yuan));
        return this;
    }

    /** Makes each field the SUM of the same field in the given rows. */
    TableRow sum(List<String> fields, List<Integer> rows) {
        CellValue.Sum sum = new CellValue.Sum(rows);
        fields.forEach(field -> cells.put(field, sum));
        return this;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the row goes on with the one above ({@link #continuation()}). */
    boolean continuesAbove() {
        return continuation;
    }

    /** The indentation of the name: 0 for a 类 or a total, 1 for a 款, 2 for a 项. */
    int level() {
        return level;
    }

    /** The cell of a field, or null when the row leaves it blank. */
    CellValue cell(String field) {
        return cells.get(field);
    }
}
