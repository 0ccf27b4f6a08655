package org.budgetdesk.check;

import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.YearOnYear;

/**
 * P3: a table's prior-year figures look missing: its total has a current figure but a prior of 0. Checked on the
 * totals (income, functional and economic spending, “三公”经费, 机关运行经费), where a real zero is rare; a single
 * new line with no prior is normal and not reported. A prior marked not published (未公开) is not missing.
 */
final class PriorYearMissingRule extends UnitRule {
    PriorYearMissingRule() {
        super("P3");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        Unit unit = scope.unit();
        check(scope, scope.at(DisclosureSection.INCOME, null, "total"), "figure.incomeTotal",
                unit.income().total().yearOnYear().get());
        check(scope, scope.at(DisclosureSection.FUNCTIONAL, null, "total"), "figure.expenditureTotal",
                unit.functional().total().yearOnYear().get());
        check(scope, scope.at(DisclosureSection.ECONOMIC, null, "total"), "figure.economicTotal",
                unit.economic().total().yearOnYear().get());
        check(scope, scope.at(DisclosureSection.THREE_PUBLIC, null, "total"), "figure.threePublic",
                unit.threePublic().total().yearOnYear().get());
        check(scope, scope.at(DisclosureSection.OTHER, null, "operatingCosts"), "figure.operatingCosts",
                unit.operatingCosts().yearOnYear().get());
    }

    private static void check(Scope scope, Location location, String name, YearOnYear figure) {
        if (figure.isComparable() && figure.prior().signum() == 0 && figure.current().signum() > 0) {
            scope.report(Severity.WARNING, location, "P3.priorMissing", RuleText.term(name),
                    RuleText.wan(figure.current()), RuleText.wan(figure.prior()));
        }
    }
}
