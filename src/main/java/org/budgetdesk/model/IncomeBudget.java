package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.Map;

/** A unit's income by source, current and prior, with the totals the tables and the explanation use. */
public final class IncomeBudget {
    private final Map<FundingSource, ComparedAmount> sources = new EnumMap<>(FundingSource.class);
    private final Map<IncomeGroup, ComparedTotal> groups = new EnumMap<>(IncomeGroup.class);
    private final ComparedTotal currentYearIncome = new ComparedTotal("income.currentYear");
    private final ComparedTotal total = new ComparedTotal("income.total");

    public IncomeBudget() {
        for (IncomeGroup group : IncomeGroup.values()) {
            groups.put(group, new ComparedTotal("income." + group));
        }
        for (FundingSource source : FundingSource.values()) {
            ComparedAmount amount = new ComparedAmount();
            sources.put(source, amount);
            total.add(amount);
            if (source.isCurrentYearIncome()) {
                currentYearIncome.add(amount);
            }
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            group.sources().forEach(source -> groups.get(group).add(sources.get(source)));
        }
    }

    /** The entered figure of one source. */
    public ComparedAmount source(FundingSource source) {
        return sources.get(source);
    }

    /** The total of a group of sources (财政拨款收入, 上年结转, 财政拨款结转). */
    public ComparedTotal group(IncomeGroup group) {
        return groups.get(group);
    }

    /** 本年收入合计: the appropriations, 财政专户管理资金 and the unit's own funds. */
    public ComparedTotal currentYearIncome() {
        return currentYearIncome;
    }

    /** 财政拨款收入 of the year: the three appropriations. */
    public ComparedTotal fiscalAppropriation() {
        return groups.get(IncomeGroup.FISCAL_APPROPRIATION);
    }

    /** 上年结转: 财政拨款结转 and 非财政拨款结转. */
    public ComparedTotal carryOver() {
        return groups.get(IncomeGroup.CARRY_OVER);
    }

    /** 收入总计: current-year income plus the fund draw-down and the carry-over. */
    public ComparedTotal total() {
        return total;
    }
}
