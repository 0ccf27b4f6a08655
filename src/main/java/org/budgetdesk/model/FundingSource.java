package org.budgetdesk.model;

/**
 * Where money comes from: the income sources of REFERENCE §2, in the order the tables list them.
 * Functional spending lines name one of them as their funding source.
 */
public enum FundingSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款", true, true),
    GOVERNMENT_FUND("政府性基金预算拨款", true, true),
    STATE_CAPITAL("国有资本经营预算拨款", true, true),
    INSTITUTIONAL_REVENUE("事业收入", false, true),
    BUSINESS_REVENUE("事业单位经营收入", false, true),
    OTHER_INCOME("其他收入", false, true),
    INSTITUTIONAL_FUND_DRAWDOWN("用事业基金弥补收支差额", false, false),
    CARRY_OVER("上年结转", false, false);

    private final String officialName;
    private final boolean fiscalAppropriation;
    private final boolean currentYearIncome;

    FundingSource(String officialName, boolean fiscalAppropriation, boolean currentYearIncome) {
        this.officialName = officialName;
        this.fiscalAppropriation = fiscalAppropriation;
        this.currentYearIncome = currentYearIncome;
    }

    /** The name used in published tables and texts, which are always in Chinese. */
    public String officialName() {
        return officialName;
    }

    /** Part of 财政拨款收入 (the three appropriations). */
    public boolean isFiscalAppropriation() {
        return fiscalAppropriation;
    }

    /** Part of 本年收入合计 (everything but the fund draw-down and the carry-over). */
    public boolean isCurrentYearIncome() {
        return currentYearIncome;
    }
}
