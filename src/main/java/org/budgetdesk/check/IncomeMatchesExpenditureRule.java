package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;

/**
 * X1: 收入总计 = 支出总计 (the two sides of 部门收支总表), an error this year; last year's totals should balance too, a
 * warning when both are published and differ (a prior typed into the wrong line). Per funding source, see
 * {@link SourceBalanceRule}.
 */
final class IncomeMatchesExpenditureRule extends UnitRule {
    IncomeMatchesExpenditureRule() {
        super("X1");
    }

    @Override
    void check(Scope scope) {
        Unit unit = scope.unit();
        BigDecimal income = unit.income().total().current().get();
        BigDecimal expenditure = unit.functional().total().total().get();
        if (income.compareTo(expenditure) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.INCOME, null, "total"), "X1.total",
                    RuleText.wan(income), RuleText.wan(expenditure), RuleText.gap(income.subtract(expenditure)));
        }
        BigDecimal priorIncome = unit.income().total().prior().get();
        BigDecimal priorExpenditure = unit.functional().total().prior().getValue();
        if (priorIncome != null && priorExpenditure != null && priorIncome.signum() != 0
                && priorExpenditure.signum() != 0 && priorIncome.compareTo(priorExpenditure) != 0) {
            scope.report(Severity.WARNING, scope.at(DisclosureSection.INCOME, null, "total"), "X1.prior",
                    RuleText.wan(priorIncome), RuleText.wan(priorExpenditure),
                    RuleText.gap(priorIncome.subtract(priorExpenditure)));
        }
    }
}
