package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalGroup;

/**
 * X7: 基本支出 in the functional tables = the economic table's total, and its split agrees: 人员经费 with 人员经费,
 * 公用经费 with 公用经费. A split that differs while the totals agree is reported once, naming both splits.
 */
final class BasicMatchesEconomicRule extends UnitRule {
    BasicMatchesEconomicRule() {
        super("X7");
    }

    @Override
    void check(Scope scope) {
        FunctionalGroup functional = scope.unit().functional().total();
        EconomicSpending economic = scope.unit().economic();
        BigDecimal basic = functional.basic().get();
        BigDecimal economicTotal = economic.total().current().get();
        if (basic.compareTo(economicTotal) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.ECONOMIC, null, "total"), "X7.total",
                    RuleText.wan(basic), RuleText.wan(economicTotal), RuleText.gap(basic.subtract(economicTotal)));
            return;
        }
        BigDecimal personnel = functional.personnel().get();
        BigDecimal economicPersonnel = economic.personnel().current().get();
        if (personnel.compareTo(economicPersonnel) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.ECONOMIC, null, "personnel"), "X7.split",
                    RuleText.wan(personnel), RuleText.wan(functional.publicCosts().get()),
                    RuleText.wan(economicPersonnel), RuleText.wan(economic.publicCosts().current().get()),
                    RuleText.gap(personnel.subtract(economicPersonnel)));
        }
    }
}
