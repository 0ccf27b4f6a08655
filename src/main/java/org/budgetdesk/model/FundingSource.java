package org.budgetdesk.model;

/**
 * Where money comes from: the income sources of REFERENCE §2 and §10, in the order the tables list them. Functional
 * spending lines name one of them as their funding source.
 *
 * <p>The three appropriations are 财政拨款收入 of the year; 财政专户管理资金 and the 单位资金 (事业收入 … 其他收入) are the
 * rest of 本年收入合计. Below it come the fund draw-down (使用非财政拨款结余, formerly 用事业基金弥补收支差额) and
 * 上年结转, split into 财政拨款结转 by appropriation and 非财政拨款结转.
 */
public enum FundingSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款", Role.APPROPRIATION, null),
    GOVERNMENT_FUND("政府性基金预算拨款", Role.APPROPRIATION, null),
    STATE_CAPITAL("国有资本经营预算拨款", Role.APPROPRIATION, null),
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金收入", Role.CURRENT_YEAR, null),
    INSTITUTIONAL_REVENUE("事业收入", Role.CURRENT_YEAR, null),
    BUSINESS_REVENUE("事业单位经营收入", Role.CURRENT_YEAR, null),
    SUPERIOR_SUBSIDY("上级补助收入", Role.CURRENT_YEAR, null),
    SUBORDINATE_REMITTANCE("附属单位上缴收入", Role.CURRENT_YEAR, null),
    OTHER_INCOME("其他收入", Role.CURRENT_YEAR, null),
    INSTITUTIONAL_FUND_DRAWDOWN("用事业基金弥补收支差额", Role.DRAWDOWN, null),
    GENERAL_PUBLIC_BUDGET_CARRY_OVER("一般公共预算拨款结转", Role.CARRY_OVER, GENERAL_PUBLIC_BUDGET),
    GOVERNMENT_FUND_CARRY_OVER("政府性基金预算拨款结转", Role.CARRY_OVER, GOVERNMENT_FUND),
    STATE_CAPITAL_CARRY_OVER("国有资本经营预算拨款结转", Role.CARRY_OVER, STATE_CAPITAL),
    NON_FISCAL_CARRY_OVER("非财政拨款结转", Role.CARRY_OVER, null);

    /** Where a source stands in the income table. */
    private enum Role { APPROPRIATION, CURRENT_YEAR, DRAWDOWN, CARRY_OVER }

    private final String officialName;
    private final Role role;
    private final FundingSource carriedOverFrom;

    FundingSource(String officialName, Role role, FundingSource carriedOverFrom) {
        this.officialName = officialName;
        this.role = role;
        this.carriedOverFrom = carriedOverFrom;
    }

    /** The name used in published tables and texts, which are always in Chinese. */
    public String officialName() {
        return officialName;
    }

    /** One of the three appropriations of the year: together 财政拨款收入 (当年). */
    public boolean isFiscalAppropriation() {
        return role == Role.APPROPRIATION;
    }

    /** Part of 本年收入合计: the appropriations, 财政专户管理资金 and the unit's own funds. */
    public boolean isCurrentYearIncome() {
        return role == Role.APPROPRIATION || role == Role.CURRENT_YEAR;
    }

    /** Part of 上年结转: the 财政拨款结转 of each appropriation and the 非财政拨款结转. */
    public boolean isCarryOver() {
        return role == Role.CARRY_OVER;
    }

    /**
     * The appropriation this money belongs to on the 财政拨款 basis (当年拨款 and its 结转 together, as the 财政拨款收支总表
     * counts them): itself for an appropriation, the appropriation carried over for a 财政拨款结转, else {@code null}.
     */
    public FundingSource fiscalFund() {
        return role == Role.APPROPRIATION ? this : carriedOverFrom;
    }
}
