package org.budgetdesk.export.xlsx;

import java.util.List;
import java.util.Set;
import org.budgetdesk.model.PerformanceIndicator;

/**
 * The indicator fields of a performance table, one row per indicator: {@code level1}, {@code level2},
 * {@code level3} (一级/二级/三级指标) and {@code value} (指标值). The first indicator shares its project's (or unit's)
 * row; each further one gets a row of its own under it, which continues that row (its other cells are merged).
 */
final class IndicatorRows {
    static final Set<String> FIELDS = Set.of("level1", "level2", "level3", "value");

    private IndicatorRows() {
    }

    /** Fills the first row with the first indicator and adds a row for each further one. */
    static void add(List<TableRow> rows, TableRow first, List<PerformanceIndicator> indicators) {
        rows.add(first);
        for (int i = 0; i < indicators.size(); i++) {
            fill(i == 0 ? first : addRow(rows), indicators.get(i));
        }
    }

    private static TableRow addRow(List<TableRow> rows) {
        TableRow row = TableRow.continuation();
        rows.add(row);
        return row;
    }

    private static void fill(TableRow row, PerformanceIndicator indicator) {
        row.text("level1", indicator.level1().get()).text("level2", indicator.level2().get())
                .text("level3", indicator.level3().get()).text("value", indicator.value().get());
    }
}
