package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/**
 * P5: for each funding source, the income equals the spending lines funded by it (部门收入总表's columns against
 * 部门收支总表's income rows). Where the 政府性基金 or 国有资本经营 table is empty on one side only, X11 reports it.
 */
final class SourceBalanceRule extends UnitRule {
    SourceBalanceRule() {
        super("P5");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        Unit unit = scope.unit();
        for (FundingSource source : FundingSource.values()) {
            BigDecimal income = unit.income().source(source).current().get();
            BigDecimal spending = unit.functional().bySource(source).total().get();
            if (income.compareTo(spending) != 0 && !EmptyTableRule.reports(source, income, spending)) {
                scope.report(Severity.WARNING, scope.at(DisclosureSection.INCOME, null, source.name()), "P5.source",
                        RuleText.term("source." + source.name()), RuleText.wan(income), RuleText.wan(spending),
                        RuleText.gap(income.subtract(spending)));
            }
        }
    }
}
