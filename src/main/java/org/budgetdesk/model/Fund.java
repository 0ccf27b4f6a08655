package org.budgetdesk.model;

/**
 * The funds the tables split spending by: 一般公共预算, 政府性基金预算, 国有资本经营预算 (together 财政拨款) and the unit's
 * other money (财政专户, 单位资金). “三公”经费 is split by them (表3-3, 表4-1, the central 财政拨款“三公”经费支出表), and
 * so is basic expenditure by economic 款 (表3-1 一般公共预算基本支出表, 表2-1 财政拨款支出预算表). In both, the
 * 一般公共预算 share is what the other funds leave.
 */
public enum Fund {
    GENERAL_PUBLIC_BUDGET(FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算"),
    GOVERNMENT_FUND(FundingSource.GOVERNMENT_FUND, "政府性基金预算"),
    STATE_CAPITAL(FundingSource.STATE_CAPITAL, "国有资本经营预算"),
    NON_FISCAL(null, "其他资金");

    private final FundingSource appropriation;
    private final String chinese;

    Fund(FundingSource appropriation, String chinese) {
        this.appropriation = appropriation;
        this.chinese = chinese;
    }

    /** Its name in Chinese, as the tables head its column (其他资金 for the unit's other money). */
    public String chinese() {
        return chinese;
    }

    /** The appropriation it is, or {@code null} for money outside 财政拨款. */
    public FundingSource appropriation() {
        return appropriation;
    }

    /** Part of 财政拨款. */
    public boolean isFiscal() {
        return appropriation != null;
    }

    /**
     * The fund that pays a functional line of this source, on the 财政拨款 basis: an appropriation or its 结转 is that
     * appropriation's fund; any other source is {@link #NON_FISCAL}.
     */
    public static Fund paying(FundingSource source) {
        return source.fiscalFund() == null ? NON_FISCAL : of(source.fiscalFund());
    }

    /** The fund of an appropriation, or {@link #NON_FISCAL} for any other source. */
    public static Fund of(FundingSource source) {
        for (Fund fund : values()) {
            if (fund.appropriation == source && source != null) {
                return fund;
            }
        }
        return NON_FISCAL;
    }
}
