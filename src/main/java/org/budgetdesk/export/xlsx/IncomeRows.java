package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.Unit;

/**
 * Income by unit: 合计 (the SUM of the units), then one row per unit with its income by source. Fields: {@code name},
 * {@code total} (收入总计), {@code source.X}, and the figures the schema adds ({@link FigureCells}).
 */
final class IncomeRows implements RowBuilder {

    @Override
    public boolean supports(String field) {
        return field.equals("name") || field.equals("total") || RowBuilders.isSourceField(field)
                || FigureCells.supports(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        List<String> amounts = new ArrayList<>(List.of("total"));
        for (FundingSource source : FundingSource.values()) {
            amounts.add(RowBuilders.sourceField(source));
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            amounts.add("source." + group.name());
        }
        amounts.addAll(FigureCells.fields());
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("name", context.label("total"));
        rows.add(total);
        List<Integer> unitRows = new ArrayList<>();
        for (Unit unit : context.department().units()) {
            TableRow row = TableRow.item(1).text("name", unit.name().get())
                    .amount("total", unit.income().total().current().get());
            for (FundingSource source : FundingSource.values()) {
                row.amount(RowBuilders.sourceField(source), unit.income().source(source).current().get());
            }
            for (IncomeGroup group : IncomeGroup.values()) {
                row.amount("source." + group.name(), unit.income().group(group).current().get());
            }
            FigureCells.fill(row, unit);
            unitRows.add(rows.size());
            rows.add(row);
        }
        total.sum(amounts, unitRows);
        return rows;
    }
}
