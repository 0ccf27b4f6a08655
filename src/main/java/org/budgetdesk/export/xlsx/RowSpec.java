package org.budgetdesk.export.xlsx;

import java.util.List;
import org.budgetdesk.model.FundingSource;

/**
 * Which rows a table has: the row builder and its choices, as a table template states them.
 *
 * @param builder     {@code functional}, {@code economic}, {@code balance}, {@code income}, {@code threePublic} or
 *                    {@code projects} (see {@link RowBuilders})
 * @param sources     the funding sources whose lines the table covers; empty for all of them
 * @param nonZero     a field a functional line must have non-zero to be listed (e.g. {@code project}); null for all
 * @param allClasses  for {@code balance}: list every functional 类 of the year, not only those with spending
 * @param income      for {@code balance}: the income sources above 本年收入合计, in order
 * @param otherIncome for {@code balance}: the income sources between 本年收入合计 and 收入总计
 */
public record RowSpec(String builder, List<FundingSource> sources, String nonZero, boolean allClasses,
                      List<FundingSource> income, List<FundingSource> otherIncome) {

    public RowSpec {
        if (builder == null) {
            throw new IllegalArgumentException("rows need a builder");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        income = income == null ? List.of() : List.copyOf(income);
        otherIncome = otherIncome == null ? List.of() : List.copyOf(otherIncome);
    }

    /** Whether the table covers lines of this funding source. */
    public boolean covers(FundingSource source) {
        return sources.isEmpty() || sources.contains(source);
    }
}
