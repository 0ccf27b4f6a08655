package org.budgetdesk.model;

import java.math.BigDecimal;

/** Short ways to build lines and amounts in tests; amounts are written in 元 as plain decimals. */
public final class TestLines {
    private TestLines() {
    }

    public static BigDecimal yuan(String value) {
        return Amounts.parse(value);
    }

    /** A functional line with 人员经费, 公用经费, 项目支出 and the prior-year total. */
    public static FunctionalLine functional(String itemCode, FundingSource source, String personnel,
                                            String publicCosts, String project, String prior) {
        FunctionalLine line = new FunctionalLine(itemCode, source);
        line.personnel().set(yuan(personnel));
        line.publicCosts().set(yuan(publicCosts));
        line.project().set(yuan(project));
        line.prior().set(yuan(prior));
        return line;
    }

    /** A line funded by 一般公共预算拨款. */
    public static FunctionalLine functional(String itemCode, String personnel, String publicCosts, String project,
                                            String prior) {
        return functional(itemCode, FundingSource.GENERAL_PUBLIC_BUDGET, personnel, publicCosts, project, prior);
    }

    public static EconomicLine economic(String itemCode, String current, String prior) {
        EconomicLine line = new EconomicLine(itemCode);
        line.current().set(yuan(current));
        line.prior().set(yuan(prior));
        return line;
    }

    public static void set(ComparedAmount figure, String current, String prior) {
        figure.current().set(yuan(current));
        figure.prior().set(yuan(prior));
    }
}
