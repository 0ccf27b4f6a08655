package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FundingSource;

/**
 * Economic 类/款 rows of the consolidated department's basic expenditure: 合计, each 类 the SUM of its 款, each 款 its
 * amount under 人员经费 or 公用经费 by its class. The model keeps basic expenditure by economic code without a funding
 * source and counts it as general public budget, so a table covering only other sources is empty.
 * Fields: {@code code}, {@code name}, {@code total}, {@code personnel}, {@code publicCosts}, {@code project} (project
 * expenditure classified by 款, for tables of all spending such as 表2-1), {@code prior}.
 */
final class EconomicRows implements RowBuilder {
    private static final Set<String> FIELDS =
            Set.of("code", "name", "total", "personnel", "publicCosts", "project", "prior");
    private static final List<String> AMOUNTS = List.of("total", "personnel", "publicCosts", "project", "prior");

    @Override
    public boolean supports(String field) {
        return FIELDS.contains(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        TreeMap<String, TreeMap<String, EconomicLine>> tree = new TreeMap<>();
        if (spec.covers(FundingSource.GENERAL_PUBLIC_BUDGET)) {
            for (EconomicLine line : context.consolidated().economic().lines()) {
                tree.computeIfAbsent(line.classCode(), code -> new TreeMap<>()).put(line.itemCode(), line);
            }
        }
        if (tree.isEmpty()) {
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("name", context.label("total"));
        rows.add(total);
        List<Integer> classRows = new ArrayList<>();
        tree.forEach((classCode, lines) -> {
            TableRow classRow = TableRow.group(0).text("code", classCode)
                    .text("name", context.economicName(classCode));
            classRows.add(rows.size());
            rows.add(classRow);
            List<Integer> itemRows = new ArrayList<>();
            lines.forEach((code, line) -> {
                boolean personnel = context.consolidated().economic().categoryOf(code) == BasicCostCategory.PERSONNEL;
                itemRows.add(rows.size());
                rows.add(TableRow.item(1).text("code", code).text("name", context.economicName(code))
                        .amount("total", line.current().get())
                        .amount("personnel", personnel ? line.current().get() : Amounts.ZERO)
                        .amount("publicCosts", personnel ? Amounts.ZERO : line.current().get())
                        .amount("project", line.project().get())
                        .amount("prior", line.prior().get()));
            });
            classRow.sum(AMOUNTS, itemRows);
        });
        total.sum(AMOUNTS, classRows);
        return rows;
    }
}
