package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetdesk.model.PerformanceTargets;
import org.budgetdesk.model.Unit;

/**
 * 部门整体支出绩效目标 (Sichuan's 公开表7), unit by unit: the unit's name, its whole spending ({@code amount}, 基本支出 +
 * 项目支出), its overall goals, then its indicators one row each ({@link IndicatorRows}). Units without goals or
 * indicators are left out; none at all gives the empty table.
 */
final class OverallTargetRows implements RowBuilder {
    private static final Set<String> FIELDS = Set.copyOf(Stream.concat(Stream.of("unit", "amount", "goals"),
            IndicatorRows.FIELDS.stream()).toList());

    @Override
    public boolean supports(String field) {
        return FIELDS.contains(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        List<TableRow> rows = new ArrayList<>();
        for (Unit unit : context.department().units()) {
            PerformanceTargets targets = unit.performance();
            if (targets.overallGoals().get().isBlank() && targets.overallIndicators().isEmpty()) {
                continue;
            }
            TableRow first = TableRow.item(0).text("unit", unit.name().get())
                    .amount("amount", unit.functional().total().total().get())
                    .text("goals", targets.overallGoals().get());
            IndicatorRows.add(rows, first, targets.overallIndicators());
        }
        return rows;
    }
}
