package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;

/**
 * X13: the projects with performance targets add up to at most 项目支出 (the seed: 94.89 + 10 = 104.89), and each is
 * budgeted under a 项 the unit has a line for.
 */
final class PerformanceTargetsRule extends UnitRule {
    PerformanceTargetsRule() {
        super("X13");
    }

    @Override
    void check(Scope scope) {
        Unit unit = scope.unit();
        List<PerformanceProject> projects = unit.performance().projects();
        BigDecimal sum = Amounts.ZERO;
        for (PerformanceProject project : projects) {
            sum = sum.add(Amounts.orZero(project.amount().get()));
        }
        BigDecimal projectSpending = unit.functional().total().project().get();
        if (sum.compareTo(projectSpending) > 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.OTHER, null, "projects"), "X13.total",
                    RuleText.count(projects.size()), RuleText.wan(sum), RuleText.wan(projectSpending),
                    RuleText.gap(sum.subtract(projectSpending)));
        }
        Set<String> codes = new HashSet<>();
        for (FunctionalLine line : unit.functional().lines()) {
            codes.add(line.itemCode());
        }
        for (int i = 0; i < projects.size(); i++) {
            PerformanceProject project = projects.get(i);
            String code = project.functionalCode().get() == null ? "" : project.functionalCode().get().strip();
            if (!codes.contains(code)) {
                scope.report(Severity.ERROR,
                        scope.at(DisclosureSection.OTHER, code.isEmpty() ? null : code, "projects." + i),
                        code.isEmpty() ? "X13.noCode" : "X13.unknownCode", project.name().get(), code,
                        RuleText.wan(Amounts.orZero(project.amount().get())));
            }
        }
    }
}
