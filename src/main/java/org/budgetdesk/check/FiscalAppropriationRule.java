package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;

/**
 * X8: 财政拨款收入 = 一般公共预算拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款, this year and last: the total of
 * 财政拨款收支总表 is the sum of its three budgets.
 */
final class FiscalAppropriationRule extends UnitRule {
    FiscalAppropriationRule() {
        super("X8");
    }

    @Override
    void check(Scope scope) {
        IncomeBudget income = scope.unit().income();
        BigDecimal current = Amounts.ZERO;
        BigDecimal prior = Amounts.ZERO;
        for (FundingSource source : FundingSource.values()) {
            if (source.isFiscalAppropriation()) {
                current = current.add(income.source(source).current().get());
                prior = Amounts.plusKnown(prior, income.source(source).prior().get());
            }
        }
        compare(scope, "term.current", income.fiscalAppropriation().current().get(), current);
        compare(scope, "term.prior", income.fiscalAppropriation().prior().get(), prior);
    }

    /** Compares a total with its sum; a prior not published is not compared. */
    private static void compare(Scope scope, String year, BigDecimal shown, BigDecimal sum) {
        if (shown != null && sum != null && shown.compareTo(sum) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.INCOME, null, "fiscalAppropriation"), "X8.total",
                    RuleText.term(year), RuleText.wan(shown), RuleText.wan(sum), RuleText.gap(shown.subtract(sum)));
        }
    }
}
