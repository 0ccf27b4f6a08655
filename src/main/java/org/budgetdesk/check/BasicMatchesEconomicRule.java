package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;

/**
 * X7: 基本支出 in the functional tables = the economic table's total, and its split agrees: 人员经费 with 人员经费,
 * 公用经费 with 公用经费. A split that differs while the totals agree is reported once, naming both splits. Project
 * expenditure classified by economic 款 (表2-1) must equal 项目支出 once any of it is entered; while none is, a note
 * says that 表2-1 shows basic expenditure only.
 *
 * <p>By fund: the basic expenditure each fund pays on the functional lines (an appropriation with its 结转, or the
 * unit's other money) must be what the economic lines give that fund, so 表3-1 (一般公共预算 only) and 表2-1 (财政拨款)
 * hold the right part. While no economic line is split by fund, basic expenditure paid by other funds is a warning:
 * those tables would count it as 一般公共预算. A line whose other funds exceed it is an error.
 */
final class BasicMatchesEconomicRule extends UnitRule {
    BasicMatchesEconomicRule() {
        super("X7");
    }

    @Override
    void check(Scope scope) {
        checkBasic(scope);
        checkProject(scope);
        checkFunds(scope);
    }

    private static void checkFunds(Scope scope) {
        Map<Fund, BigDecimal> functional = new EnumMap<>(Fund.class);
        Map<Fund, BigDecimal> economic = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            functional.put(fund, Amounts.ZERO);
            economic.put(fund, Amounts.ZERO);
        }
        for (FunctionalLine line : scope.unit().functional().lines()) {
            functional.merge(Fund.paying(line.source()), line.personnel().get().add(line.publicCosts().get()),
                    BigDecimal::add);
        }
        boolean split = false;
        for (EconomicLine line : scope.unit().economic().lines()) {
            split |= line.isSplit();
            BigDecimal general = line.share(Fund.GENERAL_PUBLIC_BUDGET);
            if (general.signum() < 0) {
                scope.report(Severity.ERROR, scope.at(DisclosureSection.ECONOMIC, line.itemCode(), "funds"),
                        "X7.fundsExceed", line.itemCode(), RuleText.wan(line.current().get().subtract(general)),
                        RuleText.wan(line.current().get()), RuleText.gap(general));
            }
            for (Fund fund : Fund.values()) {
                economic.merge(fund, line.share(fund), BigDecimal::add);
            }
        }
        if (scope.unit().functional().total().basic().get()
                .compareTo(scope.unit().economic().total().current().get()) != 0) {
            return; // X7.total says the two differ; a difference by fund would only repeat it
        }
        if (!split) {
            BigDecimal others = functional.entrySet().stream()
                    .filter(entry -> entry.getKey() != Fund.GENERAL_PUBLIC_BUDGET)
                    .map(Map.Entry::getValue).reduce(Amounts.ZERO, BigDecimal::add);
            if (others.signum() != 0) {
                scope.report(Severity.WARNING, scope.at(DisclosureSection.ECONOMIC, null, "funds"), "X7.fundsUnsplit",
                        RuleText.wan(others));
            }
            return;
        }
        for (Fund fund : Fund.values()) {
            BigDecimal byFunction = functional.get(fund);
            BigDecimal byEconomic = economic.get(fund);
            if (byFunction.compareTo(byEconomic) != 0) {
                scope.report(Severity.ERROR, scope.at(DisclosureSection.ECONOMIC, null, "funds"), "X7.fund",
                        RuleText.term("fund." + fund.name()), RuleText.wan(byFunction), RuleText.wan(byEconomic),
                        RuleText.gap(byFunction.subtract(byEconomic)));
            }
        }
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
