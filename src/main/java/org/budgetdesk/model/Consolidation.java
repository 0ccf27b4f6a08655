package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Binds the department's consolidated unit to its units: every entered amount of the target is bound to the live
 * sum of the units' amounts, lines are merged by key, counts are summed, and texts follow the own unit (本级).
 * Consolidated lines are kept in code order (then funding source), so their order does not depend on the order of
 * edits and an undone edit leaves them as they were.
 */
final class Consolidation {
    private static final Comparator<FunctionalLine> FUNCTIONAL_ORDER =
            Comparator.comparing(FunctionalLine::itemCode).thenComparing(FunctionalLine::source);
    private static final Comparator<EconomicLine> ECONOMIC_ORDER = Comparator.comparing(EconomicLine::itemCode);

    private final Unit target;
    private final Map<Function<Unit, ObjectProperty<BigDecimal>>, AmountSum> amountSums = new HashMap<>();
    private final Map<Function<Unit, IntegerProperty>, CountSum> countSums = new HashMap<>();
    /** The texts of the schema, which follow the own unit's. */
    private final List<Function<Unit, StringProperty>> texts = new ArrayList<>();
    private final LineConsolidator<FunctionalLine.LineKey, FunctionalLine> functional;
    private final LineConsolidator<String, EconomicLine> economic;
    private final Map<Unit, List<Runnable>> detachers = new HashMap<>();
    /** The unit each functional line belongs to, for {@link #unitIndexOf}. */
    private final Map<FunctionalLine, Unit> owners = new IdentityHashMap<>();
    /** Each unit's position in {@link #units}, kept beside it so that finding it does not search the list. */
    private final Map<Unit, Integer> positions = new IdentityHashMap<>();
    private final ObservableList<Unit> units;
    private Unit textSource;

    Consolidation(ObservableList<Unit> units, Unit target) {
        this.units = units;
        this.target = target;
        for (Figure figure : FigureSchema.current().figures()) {
            switch (figure.kind()) {
                case COMPARED -> {
                    sumAmounts(unit -> figure.compared(unit).current());
                    sumAmounts(unit -> figure.compared(unit).prior());
                    texts.add(unit -> figure.compared(unit).reason());
                }
                case AMOUNT -> sumAmounts(figure::amount);
                case COUNT -> {
                    CountSum sum = new CountSum();
                    countSums.put(figure::count, sum);
                    figure.count(target).bind(sum);
                }
                case TEXT -> texts.add(figure::text);
            }
        }
        functional = new LineConsolidator<>(new LineConsolidator.Adapter<>(
                FunctionalLine::key,
                key -> new FunctionalLine(key.itemCode(), key.source()),
                line -> List.of(line.personnel(), line.publicCosts(), line.project(), line.prior()),
                FunctionalLine::purpose,
                this::unitIndexOf,
                line -> target.functional().add(position(target.functional().lines(), line, FUNCTIONAL_ORDER), line),
                target.functional()::remove));
        economic = new LineConsolidator<>(new LineConsolidator.Adapter<>(
                EconomicLine::itemCode,
                EconomicLine::new,
                line -> List.of(line.current(), line.prior(), line.project(), line.entered(Fund.GOVERNMENT_FUND),
                        line.entered(Fund.STATE_CAPITAL), line.entered(Fund.NON_FISCAL)),
                line -> null,
                line -> 0,
                line -> target.economic().add(position(target.economic().lines(), line, ECONOMIC_ORDER), line),
                target.economic()::remove));
        attach(List.copyOf(units));
        units.addListener(this::unitsChanged);
        placeAll();
        afterUnitsChanged();
        rebuildProjects();
    }

    /**
     * Follows the list of units. Units appended at the end — each unit a file adds while loading — cost only
     * their own lines and projects; any other change places every unit anew.
     */
    private void unitsChanged(ListChangeListener.Change<? extends Unit> change) {
        List<Unit> appended = new ArrayList<>();
        boolean onlyAppended = true;
        while (change.next()) {
            change.getRemoved().forEach(this::detach);
            boolean atEnd = !change.wasRemoved() && change.getFrom() == positions.size()
                    && change.getTo() == units.size();
            onlyAppended &= atEnd;
            if (atEnd) {
                change.getAddedSubList().forEach(this::place);
                appended.addAll(change.getAddedSubList());
            } else {
                placeAll();
            }
            attach(List.copyOf(change.getAddedSubList()));
        }
        afterUnitsChanged();
        if (onlyAppended) {
            appended.forEach(unit -> unit.performance().projects().forEach(target.performance()::add));
        } else {
            rebuildProjects();
        }
    }

    private void sumAmounts(Function<Unit, ObjectProperty<BigDecimal>> amount) {
        AmountSum sum = new AmountSum("consolidated");
        amountSums.put(amount, sum);
        amount.apply(target).bind(sum);
    }

    private void place(Unit unit) {
        positions.put(unit, positions.size());
    }

    private void placeAll() {
        positions.clear();
        units.forEach(this::place);
    }

    /** The position of the unit holding a functional line, which decides whose text a consolidated line shows. */
    private int unitIndexOf(FunctionalLine line) {
        Integer index = positions.get(owners.get(line));
        return index == null ? Integer.MAX_VALUE : index;
    }

    /** Where a line goes in a list kept sorted by {@code order}. */
    private static <L> int position(List<L> sorted, L line, Comparator<L> order) {
        int index = Collections.binarySearch(sorted, line, order);
        return index < 0 ? -index - 1 : index;
    }

    /**
     * Adds units' figures and lines to the consolidated unit, all units at once (a file adds its units in one
     * change), and follows each unit's lists from then on.
     */
    private void attach(List<Unit> added) {
        amountSums.forEach((amount, sum) -> sum.addAll(added.stream().map(amount).toList()));
        countSums.forEach((count, sum) -> added.forEach(unit -> sum.add(count.apply(unit))));
        added.forEach(unit -> unit.functional().lines().forEach(line -> owners.put(line, unit)));
        functional.added(added.stream().flatMap(unit -> unit.functional().lines().stream()).toList());
        economic.added(added.stream().flatMap(unit -> unit.economic().lines().stream()).toList());
        added.forEach(this::listenTo);
    }

    /** Follows one unit's lines and projects from now on. */
    private void listenTo(Unit unit) {
        ListChangeListener<FunctionalLine> functionalListener = change -> {
            while (change.next()) {
                change.getRemoved().forEach(functional::removed);
                change.getRemoved().forEach(owners::remove);
                change.getAddedSubList().forEach(line -> owners.put(line, unit));
                change.getAddedSubList().forEach(functional::added);
            }
        };
        ListChangeListener<EconomicLine> economicListener = follow(economic);
        ListChangeListener<PerformanceProject> projectListener = change -> projectsChanged(unit, change);
        unit.functional().lines().addListener(functionalListener);
        unit.economic().lines().addListener(economicListener);
        unit.performance().projects().addListener(projectListener);
        detachers.put(unit, List.of(
                () -> unit.functional().lines().removeListener(functionalListener),
                () -> unit.economic().lines().removeListener(economicListener),
                () -> unit.performance().projects().removeListener(projectListener)));
    }

    private void detach(Unit unit) {
        detachers.remove(unit).forEach(Runnable::run);
        amountSums.forEach((amount, sum) -> sum.remove(amount.apply(unit)));
        countSums.forEach((count, sum) -> sum.remove(count.apply(unit)));
        unit.functional().lines().forEach(functional::removed);
        unit.functional().lines().forEach(owners::remove);
        unit.economic().lines().forEach(economic::removed);
    }

    private static ListChangeListener<EconomicLine> follow(LineConsolidator<?, EconomicLine> consolidator) {
        return change -> {
            while (change.next()) {
                change.getRemoved().forEach(consolidator::removed);
                change.getAddedSubList().forEach(consolidator::added);
            }
        };
    }

    private void afterUnitsChanged() {
        followTexts(units.isEmpty() ? null : units.get(0));
    }

    private void followTexts(Unit source) {
        if (source == textSource) {
            return;
        }
        if (textSource != null) {
            Bindings.unbindContent(target.texts().functions(), textSource.texts().functions());
            Bindings.unbindContent(target.texts().keyTasks(), textSource.texts().keyTasks());
            Bindings.unbindContent(target.performance().overallIndicators(),
                    textSource.performance().overallIndicators());
        }
        textSource = source;
        for (Function<Unit, StringProperty> text : texts) {
            text.apply(target).unbind();
            if (source != null) {
                text.apply(target).bind(text.apply(source));
            }
        }
        if (source != null) {
            Bindings.bindContent(target.texts().functions(), source.texts().functions());
            Bindings.bindContent(target.texts().keyTasks(), source.texts().keyTasks());
            Bindings.bindContent(target.performance().overallIndicators(), source.performance().overallIndicators());
        }
    }

    /** Applies a change of one unit's projects to the department's, which lists every unit's in unit order. */
    private void projectsChanged(Unit unit, ListChangeListener.Change<? extends PerformanceProject> change) {
        int offset = 0;
        for (int i = 0, at = positions.get(unit); i < at; i++) {
            offset += units.get(i).performance().projects().size();
        }
        PerformanceTargets performance = target.performance();
        while (change.next()) {
            if (change.wasPermutated()) {
                rebuildProjects();
                return;
            }
            change.getRemoved().forEach(performance::remove);
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                performance.add(offset + i, change.getList().get(i));
            }
        }
    }

    private void rebuildProjects() {
        PerformanceTargets performance = target.performance();
        for (int i = performance.projects().size() - 1; i >= 0; i--) {
            performance.remove(performance.projects().get(i));
        }
        units.forEach(unit -> unit.performance().projects().forEach(performance::add));
    }
}
