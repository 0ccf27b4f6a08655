package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;

/**
 * X11: the 政府性基金 and 国有资本经营 expenditure tables are published as 空表, with their statement
 * (“本部门…无…安排的支出，故本表为空表”), exactly when there is no such income. Income without spending lines would
 * print the statement under a 收支总表 that shows the money; spending lines without income contradict the statement's
 * absence. Both are errors; an empty table with no income is as it should be (the explanation writes the statement).
 */
final class EmptyTableRule extends UnitRule {
    /** The sources with a table of their own that may be empty. */
    static final List<FundingSource> TABLE_SOURCES = List.of(FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);

    EmptyTableRule() {
        super("X11");
    }

    @Override
    void check(Scope scope) {
        for (FundingSource source : TABLE_SOURCES) {
            BigDecimal income = scope.unit().income().source(source).current().get();
            BigDecimal spending = scope.unit().functional().bySource(source).total().get();
            if (income.signum() != 0 && spending.signum() == 0) {
                scope.report(Severity.ERROR, scope.at(DisclosureSection.INCOME, null, source.name()), "X11.emptyTable",
                        RuleText.term("source." + source.name()), RuleText.wan(income));
            } else if (income.signum() == 0 && spending.signum() != 0) {
                scope.report(Severity.ERROR, scope.at(DisclosureSection.FUNCTIONAL, null, source.name()),
                        "X11.noIncome", RuleText.term("source." + source.name()), RuleText.wan(spending));
            }
        }
    }

    /** True when X11 speaks for this source's balance, so the per-source balance need not repeat it. */
    static boolean reports(FundingSource source, BigDecimal income, BigDecimal spending) {
        return TABLE_SOURCES.contains(source) && (income.signum() == 0) != (spending.signum() == 0);
    }
}
