package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalFigures;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.FundingSource;

/** X4: on every functional row (line, 款, 类, total), 合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费. */
final class RowTotalsRule extends UnitRule {
    RowTotalsRule() {
        super("X4");
    }

    @Override
    void check(Scope scope) {
        FunctionalSpending spending = scope.unit().functional();
        for (FunctionalLine line : spending.lines()) {
            check(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, line.itemCode(), line.source().name()),
                    () -> RuleText.term("name.line", scope.functionalName(line.itemCode()),
                            RuleText.term("source." + line.source().name())), line);
        }
        for (FunctionalGroup group : spending.sections().values()) {
            check(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, group.code(), null),
                    () -> scope.functionalName(group.code()), group);
        }
        for (FunctionalGroup group : spending.classes().values()) {
            check(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, group.code(), null),
                    () -> scope.functionalName(group.code()), group);
        }
        check(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, null, "total"),
                () -> RuleText.term("figure.expenditureTotal"), spending.total());
        for (FundingSource source : FundingSource.values()) {
            check(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, null, source.name()),
                    () -> RuleText.term("source." + source.name()), spending.bySource(source));
        }
    }

    /** The location and the row's name are only made when there is something to report. */
    private static void check(Scope scope, Supplier<Location> location, Supplier<Object> row,
                              FunctionalFigures figures) {
        BigDecimal personnel = value(figures.personnel().getValue());
        BigDecimal publicCosts = value(figures.publicCosts().getValue());
        BigDecimal basic = value(figures.basic().getValue());
        BigDecimal project = value(figures.project().getValue());
        BigDecimal total = value(figures.total().getValue());
        if (basic.compareTo(personnel.add(publicCosts)) != 0) {
            scope.report(Severity.ERROR, location.get(), "X4.basic", row.get(), RuleText.wan(basic),
                    RuleText.wan(personnel), RuleText.wan(publicCosts),
                    RuleText.gap(basic.subtract(personnel).subtract(publicCosts)));
        }
        if (total.compareTo(basic.add(project)) != 0) {
            scope.report(Severity.ERROR, location.get(), "X4.total", row.get(), RuleText.wan(total),
                    RuleText.wan(basic), RuleText.wan(project), RuleText.gap(total.subtract(basic).subtract(project)));
        }
    }

    private static BigDecimal value(BigDecimal amount) {
        return Amounts.orZero(amount);
    }
}
