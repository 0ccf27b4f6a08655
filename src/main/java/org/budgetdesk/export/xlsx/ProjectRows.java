package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;

/**
 * Projects with performance targets, unit by unit: 合计 (the SUM of the projects), then one row per project.
 * Fields: {@code unit}, {@code name}, {@code code} (functional 项), {@code codeName}, {@code amount}, {@code goals},
 * and the indicators one row each ({@code level1}, {@code level2}, {@code level3}, {@code value}:
 * {@link IndicatorRows}), the project's columns left blank on the rows of its further indicators.
 */
final class ProjectRows implements RowBuilder {
    private static final Set<String> FIELDS = Set.copyOf(Stream.concat(Stream.of("unit", "name", "code", "codeName",
            "amount", "goals"), IndicatorRows.FIELDS.stream()).toList());

    @Override
    public boolean supports(String field) {
        return FIELDS.contains(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("unit", context.label("total"));
        rows.add(total);
        List<Integer> projectRows = new ArrayList<>();
        for (Unit unit : context.department().units()) {
            for (PerformanceProject project : unit.performance().projects()) {
                String code = project.functionalCode().get();
                projectRows.add(rows.size());
                TableRow row = TableRow.item(0).text("unit", unit.name().get())
                        .text("name", project.name().get())
                        .text("code", code)
                        .text("codeName", code.isBlank() ? "" : context.functionalName(code))
                        .amount("amount", project.amount().get())
                        .text("goals", project.goals().get());
                IndicatorRows.add(rows, row, project.indicators());
            }
        }
        if (projectRows.isEmpty()) {
            return List.of();
        }
        total.sum(List.of("amount"), projectRows);
        return rows;
    }
}
