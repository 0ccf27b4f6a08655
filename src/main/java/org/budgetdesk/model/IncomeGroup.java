package org.budgetdesk.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Income sources that tables and texts state as one figure: 财政拨款收入, 上年结转, 财政拨款结转. */
public enum IncomeGroup {
    /** 财政拨款收入 of the year: the three appropriations. */
    FISCAL_APPROPRIATION("财政拨款收入", FundingSource::isFiscalAppropriation),
    /** 上年结转: every carry-over. */
    CARRY_OVER("上年结转", FundingSource::isCarryOver),
    /** 财政拨款结转: the appropriations carried over. */
    FISCAL_CARRY_OVER("财政拨款结转", source -> source.isCarryOver() && source.fiscalFund() != null);

    private final String officialName;
    private final List<FundingSource> sources;

    IncomeGroup(String officialName, Predicate<FundingSource> member) {
        this.officialName = officialName;
        this.sources = Arrays.stream(FundingSource.values()).filter(member).toList();
    }

    /** The name used in published tables and texts. */
    public String officialName() {
        return officialName;
    }

    /** The sources it adds up, in table order. */
    public List<FundingSource> sources() {
        return sources;
    }
}
