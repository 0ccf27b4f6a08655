package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;

/**
 * X2: 本年收入合计 = the six current-year sources; 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 上年结转; this year
 * and last year.
 */
final class IncomeTotalsRule extends UnitRule {
    IncomeTotalsRule() {
        super("X2");
    }

    @Override
    void check(Scope scope) {
        IncomeBudget income = scope.unit().income();
        check(scope, income, "term.current", Compared::current);
        check(scope, income, "term.prior", Compared::prior);
    }

    private static void check(Scope scope, IncomeBudget income, String year,
                              Function<Compared, ObservableValue<BigDecimal>> figure) {
        BigDecimal currentYear = Amounts.ZERO;
        BigDecimal others = Amounts.ZERO;
        for (FundingSource source : FundingSource.values()) {
            BigDecimal amount = figure.apply(income.source(source)).getValue();
            if (source.isCurrentYearIncome()) {
                currentYear = Amounts.plusKnown(currentYear, amount);
            } else {
                others = Amounts.plusKnown(others, amount);
            }
        }
        BigDecimal shownCurrentYear = figure.apply(income.currentYearIncome()).getValue();
        if (shownCurrentYear == null || currentYear == null || others == null) {
            return; // a prior that is not published: the totals over it are not known, so there is nothing to add up
        }
        if (shownCurrentYear.compareTo(currentYear) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.INCOME, null, "currentYearIncome"),
                    "X2.currentYear", RuleText.term(year), RuleText.wan(shownCurrentYear), RuleText.wan(currentYear),
                    RuleText.gap(shownCurrentYear.subtract(currentYear)));
        }
        BigDecimal total = shownCurrentYear.add(others);
        BigDecimal shownTotal = figure.apply(income.total()).getValue();
        if (shownTotal != null && shownTotal.compareTo(total) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.INCOME, null, "total"), "X2.total",
                    RuleText.term(year), RuleText.wan(shownTotal), RuleText.wan(shownCurrentYear),
                    RuleText.wan(others), RuleText.gap(shownTotal.subtract(total)));
        }
    }
}
