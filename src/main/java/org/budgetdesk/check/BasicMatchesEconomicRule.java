package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalGroup;

/**
 * X7: 基本支出 in the functional tables = the economic table's total, and its split agrees: 人员经费 with 人员经费,
 * 公用经费 with 公用经费. A split that differs while the totals agree is reported once, naming both splits. Project
 * expenditure classified by economic 款 (表2-1) must equal 项目支出 once any of it is entered; while none is, a note
 * says that 表2-1 shows basic expenditure only.
 */
final class BasicMatchesEconomicRule extends UnitRule {
    BasicMatchesEconomicRule() {
        super("X7");
    }

    @Override
    void check(Scope scope) {
        checkBasic(scope);
        checkProject(scope);
    }

    private static void checkProject(Scope scope) {
        BigDecimal project = scope.unit().functional().total().project().get();
        BigDecimal classified = scope.unit().economic().project().get();
        if (classified.signum() == 0) {
            if (project.signum() > 0) {
                scope.report(Severity.INFO, scope.at(DisclosureSection.ECONOMIC, null, "project"),
                        "X7.projectUnclassified", RuleText.wan(project));
            }
        } else if (classified.compareTo(project) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.ECONOMIC, null, "project"), "X7.project",
                    RuleText.wan(classified), RuleText.wan(project), RuleText.gap(classified.subtract(project)));
        }
    }

    private static void checkBasic(Scope scope) {
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
