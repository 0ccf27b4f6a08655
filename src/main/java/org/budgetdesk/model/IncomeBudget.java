package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.Map;

/** A unit's income by source, current and prior, with the totals the tables and the explanation use. */
public final class IncomeBudget {
    private final Map<FundingSource, ComparedAmount> sources = new EnumMap<>(FundingSource.class);
    private final ComparedTotal currentYearIncome = new ComparedTotal("income.currentYear");
    private final ComparedTotal fiscalAppropriation = new ComparedTotal("income.fiscalAppropriation");
    private final ComparedTotal total = new ComparedTotal("income.total");

    public IncomeBudget() {
        for (FundingSource source : FundingSource.values()) {
            ComparedAmount amount = new ComparedAmount();
            sources.put(source, amount);
            total.add(amount);
            if (source.isCurrentYearIncome()) {
                currentYearIncome.add(amount);
            }
            if (source.isFiscalAppropriation()) {
                fiscalAppropriation.add(amount);
            }
        }
    }

    /** The entered figure of one source. */
    public ComparedAmount source(FundingSource source) {
        return sources.get(source);
    }

    /** 本年收入合计: the six current-year sources. */
    public ComparedTotal currentYearIncome() {
        return currentYearIncome;
    }

    /** 财政拨款收入: the three appropriations. */
    public ComparedTotal fiscalAppropriation() {
        return fiscalAppropriation;
    }

    /** 收入总计: current-year income plus the fund draw-down and the carry-over. */
    public ComparedTotal total() {
        return total;
    }
}
