package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FunctionalCodes;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;

/**
 * The two sides of a 收支总表: income on the left (the sources of {@link RowSpec#income()}, 本年收入合计, the sources of
 * {@link RowSpec#otherIncome()}, 收入总计) and spending by functional 类 on the right (本年支出合计, 结转下年 when there
 * is other income, 支出总计), totals side by side. Fields: {@code income.name}, {@code income.amount}, {@code name},
 * {@code total}, {@code source.X}.
 */
final class BalanceRows implements RowBuilder {
    private static final Set<String> FIELDS = Set.of("income.name", "income.amount", "name", "total");
    private static final List<String> LEFT = List.of("income.amount");

    @Override
    public boolean supports(String field) {
        return FIELDS.contains(field) || RowBuilders.isSourceField(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        IncomeBudget income = context.consolidated().income();
        Map<String, Map<String, BigDecimal>> classes = classes(context, spec);
        List<String> right = rightFields();
        List<IncomeLine> incomeLines = spec.incomeLines();
        int upper = Math.max(1, Math.max(incomeLines.size(), classes.size()));
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < upper; i++) {
            rows.add(TableRow.item(0));
        }
        for (int i = 0; i < incomeLines.size(); i++) {
            IncomeLine line = incomeLines.get(i);
            rows.get(i).text("income.name", ChineseNumerals.item(i + 1, line.officialName()))
                    .amount("income.amount", line.current(income));
        }
        int n = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> entry : classes.entrySet()) {
            TableRow row = rows.get(n).text("name", ChineseNumerals.item(n + 1, context.functionalName(entry.getKey())));
            entry.getValue().forEach(row::amount);
            n++;
        }
        int current = rows.size();
        rows.add(TableRow.total().text("income.name", context.label("currentIncome"))
                .sum(LEFT, IntStream.range(0, incomeLines.size()).boxed().toList())
                .text("name", context.label("currentExpenditure"))
                .sum(right, IntStream.range(0, classes.size()).boxed().toList()));
        List<Integer> incomeParts = new ArrayList<>(List.of(current));
        List<Integer> spendingParts = new ArrayList<>(List.of(current));
        List<IncomeLine> otherLines = spec.otherIncomeLines();
        for (int i = 0; i < otherLines.size(); i++) {
            IncomeLine line = otherLines.get(i);
            TableRow row = TableRow.item(0).text("income.name", line.officialName())
                    .amount("income.amount", line.current(income));
            if (i == 0) {
                row.text("name", context.label("carryForward"));
                right.forEach(field -> row.amount(field, Amounts.ZERO));
                spendingParts.add(rows.size());
            }
            incomeParts.add(rows.size());
            rows.add(row);
        }
        rows.add(TableRow.total().text("income.name", context.label("incomeTotal")).sum(LEFT, incomeParts)
                .text("name", context.label("expenditureTotal")).sum(right, spendingParts));
        return rows;
    }

    /** Each 类 (every 类 of the year with {@code allClasses}) → its figures over the covered lines. */
    private static Map<String, Map<String, BigDecimal>> classes(TableContext context, RowSpec spec) {
        Map<String, Map<String, BigDecimal>> classes = new TreeMap<>();
        if (spec.allClasses()) {
            context.functionalClasses().forEach(code -> classes.put(code, zeros()));
        }
        for (FunctionalLine line : context.consolidated().functional().lines()) {
            if (spec.covers(line.source())) {
                Map<String, BigDecimal> figures =
                        classes.computeIfAbsent(FunctionalCodes.classOf(line.itemCode()), code -> zeros());
                BigDecimal amount = line.total().get();
                figures.merge("total", amount, BigDecimal::add);
                figures.merge(RowBuilders.sourceField(spec.countedAs(line.source())), amount, BigDecimal::add);
            }
        }
        return classes;
    }

    private static Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> figures = new TreeMap<>();
        rightFields().forEach(field -> figures.put(field, Amounts.ZERO));
        return figures;
    }

    private static List<String> rightFields() {
        List<String> fields = new ArrayList<>(List.of("total"));
        for (FundingSource source : FundingSource.values()) {
            fields.add(RowBuilders.sourceField(source));
        }
        return fields;
    }
}
