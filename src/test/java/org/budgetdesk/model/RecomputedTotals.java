package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;

/**
 * Recomputes every total of a department from scratch, from its leaves, and lists where the model's live totals
 * differ. An empty list means every total equals the sum of its parts.
 */
public final class RecomputedTotals {
    private static final Set<FundingSource> APPROPRIATIONS =
            EnumSet.of(FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);
    private static final Set<FundingSource> NOT_CURRENT_YEAR =
            EnumSet.of(FundingSource.INSTITUTIONAL_FUND_DRAWDOWN, FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER,
                    FundingSource.GOVERNMENT_FUND_CARRY_OVER, FundingSource.STATE_CAPITAL_CARRY_OVER,
                    FundingSource.NON_FISCAL_CARRY_OVER);
    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private final List<String> mismatches = new ArrayList<>();

    private RecomputedTotals() {
    }

    /** Every unit's totals, the consolidated unit's totals, and the consolidated unit against the units. */
    public static List<String> mismatches(Department department) {
        RecomputedTotals check = new RecomputedTotals();
        for (int i = 0; i < department.units().size(); i++) {
            check.unit("unit" + i, department.units().get(i));
        }
        check.unit("consolidated", department.consolidated());
        check.consolidation(department);
        return check.mismatches;
    }

    /** The totals of one unit against its own leaves. */
    public static List<String> mismatches(Unit unit) {
        RecomputedTotals check = new RecomputedTotals();
        check.unit("unit", unit);
        return check.mismatches;
    }

    private void unit(String name, Unit unit) {
        functional(name + "/functional", unit.functional());
        economic(name + "/economic", unit.economic());
        income(name + "/income", unit.income());
        ThreePublicExpenses threePublic = unit.threePublic();
        compare(name + "/threePublic/vehicles", threePublic.vehicles(),
                List.of(threePublic.vehiclePurchase(), threePublic.vehicleOperation()));
        compare(name + "/threePublic/total", threePublic.total(), List.of(threePublic.overseasTravel(),
                threePublic.reception(), threePublic.vehiclePurchase(), threePublic.vehicleOperation()));
        Procurement procurement = unit.procurement();
        check(name + "/procurement/total", procurement.total(),
                sum(List.of(procurement.goods(), procurement.works(), procurement.services()), Function.identity()));
        check(name + "/performance/total", unit.performance().total(),
                sum(unit.performance().projects(), PerformanceProject::amount));
        int vehicles = 0;
        for (VehicleUse use : VehicleUse.values()) {
            vehicles += unit.assets().vehicles(use).get();
        }
        if (unit.assets().vehicleTotal().get() != vehicles) {
            mismatches.add(name + "/assets/vehicleTotal: " + unit.assets().vehicleTotal().get() + " ≠ " + vehicles);
        }
    }

    private void functional(String name, FunctionalSpending spending) {
        List<FunctionalLine> lines = spending.lines();
        for (FunctionalLine line : lines) {
            figures(name + "/" + line.itemCode() + "/" + line.source(), line, List.of(line));
        }
        figures(name + "/total", spending.total(), lines);
        groups(name + "/section", spending.sections(), lines, line -> FunctionalCodes.sectionOf(line.itemCode()));
        groups(name + "/class", spending.classes(), lines, line -> FunctionalCodes.classOf(line.itemCode()));
        for (FundingSource source : FundingSource.values()) {
            figures(name + "/source/" + source, spending.bySource(source),
                    lines.stream().filter(line -> line.source() == source).toList());
        }
    }

    private void groups(String name, Map<String, FunctionalGroup> groups, List<FunctionalLine> lines,
                        Function<FunctionalLine, String> groupCode) {
        Map<String, List<FunctionalLine>> expected =
                lines.stream().collect(Collectors.groupingBy(groupCode, TreeMap::new, Collectors.toList()));
        if (!expected.keySet().equals(groups.keySet())) {
            mismatches.add(name + " codes: " + groups.keySet() + " ≠ " + expected.keySet());
            return;
        }
        expected.forEach((code, members) -> figures(name + "/" + code, groups.get(code), members));
    }

    private void figures(String name, FunctionalFigures figures, List<FunctionalLine> lines) {
        BigDecimal personnel = sum(lines, FunctionalLine::personnel);
        BigDecimal publicCosts = sum(lines, FunctionalLine::publicCosts);
        BigDecimal project = sum(lines, FunctionalLine::project);
        check(name + "/personnel", figures.personnel(), personnel);
        check(name + "/publicCosts", figures.publicCosts(), publicCosts);
        check(name + "/project", figures.project(), project);
        check(name + "/prior", figures.prior(), sum(lines, FunctionalLine::prior));
        check(name + "/basic", figures.basic(), personnel.add(publicCosts));
        check(name + "/total", figures.total(), personnel.add(publicCosts).add(project));
    }

    private void economic(String name, EconomicSpending spending) {
        List<EconomicLine> lines = spending.lines();
        Map<String, List<EconomicLine>> byClass = lines.stream().collect(
                Collectors.groupingBy(line -> line.itemCode().substring(0, 3), TreeMap::new, Collectors.toList()));
        if (!byClass.keySet().equals(spending.classes().keySet())) {
            mismatches.add(name + " classes: " + spending.classes().keySet() + " ≠ " + byClass.keySet());
        } else {
            byClass.forEach((code, members) -> compare(name + "/" + code, spending.classes().get(code), members));
        }
        Predicate<EconomicLine> personnel = line -> PERSONNEL_CLASSES.contains(line.itemCode().substring(0, 3));
        compare(name + "/personnel", spending.personnel(), lines.stream().filter(personnel).toList());
        compare(name + "/publicCosts", spending.publicCosts(), lines.stream().filter(personnel.negate()).toList());
        compare(name + "/total", spending.total(), lines);
    }

    private void income(String name, IncomeBudget income) {
        Function<Predicate<FundingSource>, List<ComparedAmount>> sources = filter -> EnumSet.allOf(FundingSource.class)
                .stream().filter(filter).map(income::source).toList();
        compare(name + "/fiscalAppropriation", income.fiscalAppropriation(), sources.apply(APPROPRIATIONS::contains));
        compare(name + "/currentYearIncome", income.currentYearIncome(),
                sources.apply(source -> !NOT_CURRENT_YEAR.contains(source)));
        compare(name + "/total", income.total(), sources.apply(source -> true));
    }

    private void compare(String name, Compared total, List<? extends Compared> parts) {
        BigDecimal current = sum(parts, Compared::current);
        BigDecimal prior = sum(parts, Compared::prior);
        check(name + "/current", total.current(), current);
        check(name + "/prior", total.prior(), prior);
        YearOnYear comparison = total.yearOnYear().getValue();
        if (comparison.current().compareTo(current) != 0 || comparison.prior().compareTo(prior) != 0) {
            mismatches.add(name + "/yearOnYear: " + comparison + " ≠ " + current + " / " + prior);
        }
    }

    private void consolidation(Department department) {
        Unit consolidated = department.consolidated();
        List<Unit> units = department.units();
        SortedMap<String, BigDecimal> amounts = new TreeMap<>();
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (Unit unit : units) {
            UnitLeaves.amounts(unit).forEach((path, amount) -> amounts.merge(path, Amounts.orZero(amount),
                    BigDecimal::add));
            UnitLeaves.counts(unit).forEach((path, count) -> counts.merge(path, count, Integer::sum));
        }
        SortedMap<String, BigDecimal> actual = UnitLeaves.amounts(consolidated);
        if (!actual.keySet().equals(amounts.keySet())) {
            Set<String> missing = new TreeSet<>(amounts.keySet());
            missing.removeAll(actual.keySet());
            Set<String> extra = new TreeSet<>(actual.keySet());
            extra.removeAll(amounts.keySet());
            mismatches.add("consolidated amounts: missing " + missing + ", extra " + extra);
        }
        amounts.forEach((path, sum) -> {
            BigDecimal value = actual.get(path);
            if (value != null && value.compareTo(sum) != 0) {
                mismatches.add("consolidated/" + path + ": " + value + " ≠ Σ units " + sum);
            }
        });
        if (!UnitLeaves.counts(consolidated).equals(counts)) {
            mismatches.add("consolidated counts: " + UnitLeaves.counts(consolidated) + " ≠ Σ units " + counts);
        }
        if (!units.isEmpty() && !UnitLeaves.texts(consolidated).equals(UnitLeaves.texts(units.get(0)))) {
            mismatches.add("consolidated texts differ from the first unit's");
        }
        List<PerformanceProject> projects = units.stream().flatMap(unit -> unit.performance().projects().stream())
                .toList();
        if (!consolidated.performance().projects().equals(projects)) {
            mismatches.add("consolidated projects are not the units' projects in order");
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, ? extends ObservableValue<BigDecimal>> amount) {
        return items.stream().map(item -> Amounts.orZero(amount.apply(item).getValue()))
                .reduce(Amounts.ZERO, BigDecimal::add);
    }

    private void check(String name, ObservableValue<BigDecimal> live, BigDecimal expected) {
        BigDecimal value = live.getValue();
        if (value == null || value.compareTo(expected) != 0) {
            mismatches.add(name + ": " + Objects.toString(value) + " ≠ " + expected);
        }
    }
}
