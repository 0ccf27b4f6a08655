package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.ComparedTotal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;

/**
 * X6: the economic table of basic expenditure: each class (301…) = Σ its 款, this year and last; 人员经费 and
 * 公用经费 = their 款; 合计 = Σ classes = 人员经费 + 公用经费. In 万元, rounding residues are information.
 */
final class EconomicTotalsRule extends UnitRule {
    EconomicTotalsRule() {
        super("X6");
    }

    @Override
    void check(Scope scope) {
        EconomicSpending spending = scope.unit().economic();
        Map<String, BigDecimal[]> classes = new TreeMap<>();
        Map<String, List<BigDecimal>> items = new TreeMap<>();
        BigDecimal[] total = {Amounts.ZERO, Amounts.ZERO};
        BigDecimal[] personnel = {Amounts.ZERO, Amounts.ZERO};
        BigDecimal[] publicCosts = {Amounts.ZERO, Amounts.ZERO};
        for (EconomicLine line : spending.lines()) {
            BigDecimal[] figures = {line.current().get(), line.prior().get()};
            add(classes.computeIfAbsent(line.classCode(), code -> new BigDecimal[] {Amounts.ZERO, Amounts.ZERO}),
                    figures);
            add(total, figures);
            add(spending.categoryOf(line.itemCode()) == BasicCostCategory.PERSONNEL ? personnel : publicCosts, figures);
            items.computeIfAbsent(line.classCode(), code -> new ArrayList<>()).add(figures[0]);
        }
        TreeSet<String> codes = new TreeSet<>(classes.keySet());
        codes.addAll(spending.classes().keySet());
        for (String code : codes) {
            compare(scope, () -> scope.at(DisclosureSection.ECONOMIC, code, null), () -> scope.economicName(code),
                    classes.get(code), spending.classes().get(code));
        }
        Supplier<Location> totalAt = () -> scope.at(DisclosureSection.ECONOMIC, null, "total");
        Supplier<Object> totalName = () -> RuleText.term("figure.economicTotal");
        compare(scope, totalAt, totalName, total, spending.total());
        compare(scope, () -> scope.at(DisclosureSection.ECONOMIC, null, "personnel"),
                () -> RuleText.term("column.personnel"), personnel, spending.personnel());
        compare(scope, () -> scope.at(DisclosureSection.ECONOMIC, null, "publicCosts"),
                () -> RuleText.term("column.publicCosts"), publicCosts, spending.publicCosts());
        for (Map.Entry<String, ComparedTotal> entry : spending.classes().entrySet()) {
            BigDecimal[] sum = classes.get(entry.getKey());
            BigDecimal shown = entry.getValue().current().get();
            if (sum != null && sum[0].compareTo(shown) == 0) {
                String code = entry.getKey();
                Residues.compare(scope, () -> scope.at(DisclosureSection.ECONOMIC, code, null),
                        () -> scope.economicName(code), RuleText.term("parts.items"), shown,
                        items.get(entry.getKey()));
            }
        }
        if (total[0].compareTo(spending.total().current().get()) == 0) {
            List<BigDecimal> classTotals = classes.values().stream().map(sum -> sum[0]).toList();
            Residues.compare(scope, totalAt, totalName, RuleText.term("parts.classes"), total[0], classTotals);
        }
    }

    private static void add(BigDecimal[] sum, BigDecimal[] figures) {
        sum[0] = sum[0].add(Amounts.orZero(figures[0]));
        sum[1] = Amounts.plusKnown(sum[1], figures[1]);
    }

    /**
     * Reports a current or prior figure that differs from the sum of the lines (missing on either side = 0). A prior
     * that is not published, in the lines or the total, is not compared.
     */
    private static void compare(Scope scope, Supplier<Location> location, Supplier<Object> name, BigDecimal[] sum,
                                ComparedTotal shown) {
        String[] years = {"term.current", "term.prior"};
        for (int i = 0; i < 2; i++) {
            BigDecimal expected = sum == null ? Amounts.ZERO : sum[i];
            BigDecimal actual = shown == null ? Amounts.ZERO
                    : (i == 0 ? shown.current() : shown.prior()).get();
            if (expected != null && actual != null && expected.compareTo(actual) != 0) {
                scope.report(Severity.ERROR, location.get(), "X6.sum", name.get(), RuleText.term(years[i]),
                        RuleText.wan(actual), RuleText.wan(expected), RuleText.gap(actual.subtract(expected)));
            }
        }
    }
}
