package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;

/**
 * Economic 类/款 rows of the consolidated department's basic expenditure: 合计, each 类 the SUM of its 款, each 款 what
 * the funds the table covers pay of it ({@link EconomicLine#share}: 表3-1 一般公共预算 only, 表2-1 the three
 * appropriations), under 人员经费 or 公用经费 by its category. Project expenditure by 款 and the prior-year amount are
 * not split by fund: they are shown whole.
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
        List<Fund> funds = Arrays.stream(Fund.values()).filter(spec::covers).toList();
        TreeMap<String, TreeMap<String, EconomicLine>> tree = new TreeMap<>();
        for (EconomicLine line : context.consolidated().economic().lines()) {
            boolean listed = spec.covers(FundingSource.GENERAL_PUBLIC_BUDGET)
                    || funds.stream().anyMatch(fund -> covered(line, fund));
            if (listed) {
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
                BigDecimal basic = funds.stream().map(line::share).reduce(Amounts.ZERO, BigDecimal::add);
                itemRows.add(rows.size());
                rows.add(TableRow.item(1).text("code", code).text("name", context.economicName(code))
                        .amount("total", basic)
                        .amount("personnel", personnel ? basic : Amounts.ZERO)
                        .amount("publicCosts", personnel ? Amounts.ZERO : basic)
                        .amount("project", line.project().get())
                        .amount("prior", line.prior().get()));
            });
            classRow.sum(AMOUNTS, itemRows);
        });
        total.sum(AMOUNTS, classRows);
        return rows;
    }

    /** Whether a fund pays part of a line this year (一般公共预算 tables list every line, as they always did). */
    private static boolean covered(EconomicLine line, Fund fund) {
        return line.share(fund).signum() != 0;
    }
}
