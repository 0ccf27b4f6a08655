package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalCodes;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.FundingSource;

/**
 * X3: 支出总计 = Σ 类 (结转下年 is not kept: it is zero), and each funding source's total = its lines. In 万元 the
 * 类 may miss the total by a rounding residue.
 */
final class ExpenditureTotalRule extends UnitRule {
    ExpenditureTotalRule() {
        super("X3");
    }

    @Override
    void check(Scope scope) {
        FunctionalSpending spending = scope.unit().functional();
        FunctionalSum all = FunctionalSum.ZERO;
        Map<FundingSource, FunctionalSum> bySource = new EnumMap<>(FundingSource.class);
        Map<String, BigDecimal> byClass = new TreeMap<>();
        for (FunctionalLine line : spending.lines()) {
            FunctionalSum figures = FunctionalSum.of(line);
            all = all.plus(figures);
            bySource.merge(line.source(), figures, FunctionalSum::plus);
            byClass.merge(FunctionalCodes.classOf(line.itemCode()), figures.total(), BigDecimal::add);
        }
        Supplier<Location> total = () -> scope.at(DisclosureSection.FUNCTIONAL, null, "total");
        Supplier<Object> name = () -> RuleText.term("figure.expenditureTotal");
        FunctionalSum shown = FunctionalSum.of(spending.total());
        all.compare(scope, total, "X3.total", name, shown);
        for (FundingSource source : FundingSource.values()) {
            bySource.getOrDefault(source, FunctionalSum.ZERO).compare(scope,
                    () -> scope.at(DisclosureSection.FUNCTIONAL, null, source.name()), "X3.source",
                    () -> RuleText.term("source." + source.name()), FunctionalSum.of(spending.bySource(source)));
        }
        if (all.total().compareTo(shown.total()) == 0) {
            Residues.compare(scope, total, name, RuleText.term("parts.classes"), shown.total(), byClass.values());
        }
    }
}
