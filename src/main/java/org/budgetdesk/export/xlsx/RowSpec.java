package org.budgetdesk.export.xlsx;

import java.util.List;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;

/**
 * Which rows a table has: the row builder and its choices, as a table template states them.
 *
 * @param builder     {@code functional}, {@code economic}, {@code balance}, {@code income}, {@code threePublic} or
 *                    {@code projects} (see {@link RowBuilders})
 * @param sources     the funding sources whose lines the table covers; empty for all of them
 * @param nonZero     a field a functional line must have non-zero to be listed (e.g. {@code project}); null for all
 * @param allClasses  for {@code balance}: list every functional 类 of the year, not only those with spending
 * @param income      for {@code balance}: the income rows above 本年收入合计, in order: funding sources or groups
 *                    ({@link IncomeLine})
 * @param otherIncome for {@code balance}: the income rows between 本年收入合计 and 收入总计
 * @param byFund      spending counted on the 财政拨款 basis: a line paid from a 财政拨款结转 counts in its appropriation's
 *                    column and under {@code sources} of that appropriation (the 财政拨款收支总表)
 */
public record RowSpec(String builder, List<FundingSource> sources, String nonZero, boolean allClasses,
                      List<String> income, List<String> otherIncome, boolean byFund) {

    public RowSpec {
        if (builder == null) {
            throw new IllegalArgumentException("rows need a builder");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        income = income == null ? List.of() : List.copyOf(income);
        otherIncome = otherIncome == null ? List.of() : List.copyOf(otherIncome);
        income.forEach(IncomeLine::of);
        otherIncome.forEach(IncomeLine::of);
    }

    /** The funding source a line counts under in this table: its own, or its appropriation's with {@code byFund}. */
    public FundingSource countedAs(FundingSource source) {
        return byFund && source.fiscalFund() != null ? source.fiscalFund() : source;
    }

    /** Whether the table covers lines of this funding source. */
    public boolean covers(FundingSource source) {
        return sources.isEmpty() || sources.contains(countedAs(source));
    }

    /**
     * Whether the table covers what a fund pays: an appropriation's fund when it covers that appropriation, the
     * unit's other money when it covers any source outside 财政拨款.
     */
    public boolean covers(Fund fund) {
        if (fund.isFiscal()) {
            return covers(fund.appropriation());
        }
        return sources.isEmpty() || sources.stream().anyMatch(source -> Fund.paying(source) == Fund.NON_FISCAL);
    }

    /** The income rows above 本年收入合计. */
    List<IncomeLine> incomeLines() {
        return income.stream().map(IncomeLine::of).toList();
    }

    /** The income rows between 本年收入合计 and 收入总计. */
    List<IncomeLine> otherIncomeLines() {
        return otherIncome.stream().map(IncomeLine::of).toList();
    }
}
