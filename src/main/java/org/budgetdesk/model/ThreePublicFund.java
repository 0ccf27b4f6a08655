package org.budgetdesk.model;

/**
 * What “三公”经费 is paid from, as the tables split it: 一般公共预算 (表3-3), 政府性基金预算 (表4-1), 国有资本经营预算, and
 * the unit's other money (财政专户, 单位资金). The first three are 财政拨款 (the central 财政拨款“三公”经费支出表).
 */
public enum ThreePublicFund {
    GENERAL_PUBLIC_BUDGET(FundingSource.GENERAL_PUBLIC_BUDGET),
    GOVERNMENT_FUND(FundingSource.GOVERNMENT_FUND),
    STATE_CAPITAL(FundingSource.STATE_CAPITAL),
    NON_FISCAL(null);

    private final FundingSource appropriation;

    ThreePublicFund(FundingSource appropriation) {
        this.appropriation = appropriation;
    }

    /** The appropriation it is, or {@code null} for money outside 财政拨款. */
    public FundingSource appropriation() {
        return appropriation;
    }

    /** Part of 财政拨款. */
    public boolean isFiscal() {
        return appropriation != null;
    }

    /** The fund of an appropriation, or {@link #NON_FISCAL} for any other source. */
    public static ThreePublicFund of(FundingSource source) {
        for (ThreePublicFund fund : values()) {
            if (fund.appropriation == source && source != null) {
                return fund;
            }
        }
        return NON_FISCAL;
    }
}
