package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalCodes;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;

/**
 * X5: 款 = Σ its 项 lines and 类 = Σ its 款, on every column. In 万元, where a 类 or 款 and the sum of its rounded
 * parts differ by at most 0.01 per part, the residue is reported as information.
 */
final class FunctionalSubtotalsRule extends UnitRule {
    FunctionalSubtotalsRule() {
        super("X5");
    }

    @Override
    void check(Scope scope) {
        FunctionalSpending spending = scope.unit().functional();
        Map<String, FunctionalSum> sections = new TreeMap<>();
        Map<String, FunctionalSum> classes = new TreeMap<>();
        NavigableMap<String, BigDecimal> items = new TreeMap<>();
        for (FunctionalLine line : spending.lines()) {
            FunctionalSum figures = FunctionalSum.of(line);
            String section = FunctionalCodes.sectionOf(line.itemCode());
            sections.merge(section, figures, FunctionalSum::plus);
            classes.merge(FunctionalCodes.classOf(section), figures, FunctionalSum::plus);
            items.merge(line.itemCode(), figures.total(), BigDecimal::add);
        }
        compare(scope, sections, spending.sections(), "X5.section");
        compare(scope, classes, spending.classes(), "X5.class");
        NavigableMap<String, BigDecimal> sectionTotals = sectionTotals(sections);
        for (Map.Entry<String, FunctionalGroup> entry : spending.sections().entrySet()) {
            residue(scope, entry.getValue(), sections, "name.section", "parts.items", below(items, entry.getKey()));
        }
        for (Map.Entry<String, FunctionalGroup> entry : spending.classes().entrySet()) {
            residue(scope, entry.getValue(), classes, "name.class", "parts.items", below(items, entry.getKey()));
            residue(scope, entry.getValue(), classes, "name.class", "parts.sections",
                    below(sectionTotals, entry.getKey()));
        }
    }

    /** Every code in either map: a subtotal without lines, or lines without their subtotal, is a mismatch too. */
    private static void compare(Scope scope, Map<String, FunctionalSum> expected,
                                Map<String, FunctionalGroup> shown, String key) {
        TreeSet<String> codes = new TreeSet<>(expected.keySet());
        codes.addAll(shown.keySet());
        for (String code : codes) {
            FunctionalGroup group = shown.get(code);
            expected.getOrDefault(code, FunctionalSum.ZERO).compare(scope,
                    () -> scope.at(DisclosureSection.FUNCTIONAL, code, null), key, () -> scope.functionalName(code),
                    group == null ? FunctionalSum.ZERO : FunctionalSum.of(group));
        }
    }

    private static void residue(Scope scope, FunctionalGroup group, Map<String, FunctionalSum> expected,
                                String level, String parts, List<BigDecimal> partTotals) {
        FunctionalSum sum = expected.get(group.code());
        BigDecimal total = group.total().get();
        if (sum != null && sum.total().compareTo(total) == 0) {
            Residues.compare(scope, () -> scope.at(DisclosureSection.FUNCTIONAL, group.code(), null),
                    () -> RuleText.term(level, scope.functionalName(group.code())), RuleText.term(parts), total,
                    partTotals);
        }
    }

    private static NavigableMap<String, BigDecimal> sectionTotals(Map<String, FunctionalSum> sections) {
        NavigableMap<String, BigDecimal> totals = new TreeMap<>();
        sections.forEach((code, sum) -> totals.put(code, sum.total()));
        return totals;
    }

    /** The totals of the codes that start with a prefix. */
    private static List<BigDecimal> below(NavigableMap<String, BigDecimal> totals, String prefix) {
        List<BigDecimal> parts = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : totals.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            parts.add(entry.getValue());
        }
        return parts;
    }
}
