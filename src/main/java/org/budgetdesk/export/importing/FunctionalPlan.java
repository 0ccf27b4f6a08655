package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.Edits;

/**
 * The functional lines of a plan. The tables are consolidated, so they are compared with the department's total
 * (部门汇总) at the detail the tables have: each source with a table of its own (表3 一般公共预算…), and the rest
 * together. Where they differ, the own unit (本级) takes the difference, so subordinate units keep their lines; when
 * no other unit has lines in the rest, the own unit's lines there become the workbook's.
 */
final class FunctionalPlan {
    private static final String FIGURE = "import.figure.functional";

    /** The units compared: the department's, or one unit alone. */
    private final List<Unit> units;
    private final ImportedFigures figures;
    private final boolean prior;
    private final PlanChanges changes;
    private final Unit own;
    /** The unit of each line, for naming the unit whose figure changes. */
    private final Map<FunctionalLine, Unit> owners = new java.util.IdentityHashMap<>();

    FunctionalPlan(List<Unit> units, Unit own, ImportedFigures figures, boolean prior, PlanChanges changes) {
        this.units = units;
        this.figures = figures;
        this.prior = prior;
        this.changes = changes;
        this.own = own;
        units.forEach(unit -> unit.functional().lines().forEach(line -> owners.put(line, unit)));
    }

    void plan() {
        TreeSet<String> codes = new TreeSet<>(figures.functional.keySet());
        units.forEach(unit -> unit.functional().lines().forEach(line -> codes.add(line.itemCode())));
        for (String code : codes) {
            Map<FundingSource, LineFigures> imported = figures.functional.getOrDefault(code, Map.of());
            for (FundingSource source : figures.distinctSources) {
                LineFigures wanted = imported.getOrDefault(source, LineFigures.NONE);
                LineFigures others = sum(code, source, true);
                place(code, source, wanted.minus(others), priorOthers(code, source), wanted);
            }
            if (figures.allSourcesRead) {
                rest(code, imported);
            }
        }
    }

    /** The sources that have no table of their own, for one 项. */
    private void rest(String code, Map<FundingSource, LineFigures> imported) {
        Map<FundingSource, LineFigures> wanted = new EnumMap<>(FundingSource.class);
        imported.forEach((source, line) -> {
            if (!figures.distinctSources.contains(source)) {
                wanted.put(source, line);
            }
        });
        LineFigures wantedSum = wanted.values().stream().reduce(LineFigures.NONE, LineFigures::plus);
        LineFigures all = sum(code, null, false);
        LineFigures others = sum(code, null, true);
        if (prior ? PlanChanges.same(priorRest(code, false), wantedSum.total()) : sameAtDetail(all, wantedSum)) {
            return;
        }
        List<FunctionalLine> ownRest = own.functional().lines().stream()
                .filter(line -> line.itemCode().equals(code) && !figures.distinctSources.contains(line.source()))
                .toList();
        boolean othersEmpty = prior ? PlanChanges.same(priorRest(code, true), BigDecimal.ZERO.setScale(2))
                : others.total().signum() == 0 && others.personnel().signum() == 0;
        if (othersEmpty) {
            for (FunctionalLine line : ownRest) {
                if (!wanted.containsKey(line.source())) {
                    place(code, line.source(), LineFigures.NONE, BigDecimal.ZERO, LineFigures.NONE);
                }
            }
            wanted.forEach((source, line) -> place(code, source, line, BigDecimal.ZERO, line));
            return;
        }
        FundingSource target = ownRest.isEmpty()
                ? wanted.keySet().stream().findFirst().orElse(FundingSource.OTHER_INCOME) : ownRest.get(0).source();
        LineFigures current = ownRest.isEmpty() ? LineFigures.NONE : figuresOf(ownRest.get(0));
        LineFigures delta = wantedSum.minus(all);
        if (!figures.allSourcesSplit) {
            delta = new LineFigures(BigDecimal.ZERO, delta.personnel().add(delta.publicCosts()), delta.project());
        }
        BigDecimal priorTarget = wantedSum.total().subtract(Amounts.orZero(priorRest(code, true)));
        for (int i = 1; i < ownRest.size(); i++) {
            priorTarget = priorTarget.subtract(Amounts.orZero(ownRest.get(i).prior().get()));
        }
        place(code, target, current.plus(delta), BigDecimal.ZERO, null, priorTarget);
    }

    private boolean sameAtDetail(LineFigures have, LineFigures want) {
        if (figures.allSourcesSplit) {
            return have.personnel().compareTo(want.personnel()) == 0
                    && have.publicCosts().compareTo(want.publicCosts()) == 0
                    && have.project().compareTo(want.project()) == 0;
        }
        return have.personnel().add(have.publicCosts()).compareTo(want.personnel().add(want.publicCosts())) == 0
                && have.project().compareTo(want.project()) == 0;
    }

    private void place(String code, FundingSource source, LineFigures ownTarget, BigDecimal priorOthers,
                       LineFigures wanted) {
        place(code, source, ownTarget, priorOthers, wanted,
                wanted == null ? null : PlanChanges.minus(wanted.total(), priorOthers));
    }

    /** Sets the own unit's line (made when missing and anything is to be set) to the target figures. */
    private void place(String code, FundingSource source, LineFigures ownTarget, BigDecimal priorOthers,
                       LineFigures wanted, BigDecimal priorTarget) {
        Optional<FunctionalLine> existing = own.functional().find(code, source);
        FunctionalLine line = existing.orElseGet(() -> new FunctionalLine(code, source));
        String subject = code + " " + source.officialName();
        int before = changes.commands.size();
        String unit = own.name().get();
        if (prior) {
            changes.set(unit, FIGURE + ".prior", subject, line.prior(), priorTarget, true);
        } else {
            changes.set(unit, FIGURE + ".personnel", subject, line.personnel(), ownTarget.personnel(), false);
            changes.set(unit, FIGURE + ".publicCosts", subject, line.publicCosts(), ownTarget.publicCosts(), false);
            changes.set(unit, FIGURE + ".project", subject, line.project(), ownTarget.project(), false);
        }
        if (existing.isEmpty() && changes.commands.size() > before) {
            changes.commands.add(before, Edits.addFunctionalLine(own.functional(), line));
        }
    }

    private static LineFigures figuresOf(FunctionalLine line) {
        return new LineFigures(line.personnel().get(), line.publicCosts().get(), line.project().get());
    }

    /** The figures of a source (or, with null, of the sources without a table) over the units, or all but own. */
    private LineFigures sum(String code, FundingSource source, boolean othersOnly) {
        LineFigures sum = LineFigures.NONE;
        for (FunctionalLine line : lines(code, source, othersOnly)) {
            sum = sum.plus(figuresOf(line));
        }
        return sum;
    }

    private BigDecimal priorOthers(String code, FundingSource source) {
        return changes.sumOthers(named(lines(code, source, true)), FIGURE + ".prior", code, prior);
    }

    private BigDecimal priorRest(String code, boolean othersOnly) {
        if (othersOnly) {
            return priorOthers(code, null);
        }
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (FunctionalLine line : lines(code, null, false)) {
            sum = PlanChanges.plus(sum, line.prior().get());
        }
        return sum;
    }

    /** The lines' prior figures with the names of their units. */
    private List<Map.Entry<String, javafx.beans.property.ObjectProperty<BigDecimal>>> named(
            List<FunctionalLine> lines) {
        List<Map.Entry<String, javafx.beans.property.ObjectProperty<BigDecimal>>> named = new ArrayList<>();
        for (FunctionalLine line : lines) {
            named.add(Map.entry(owners.get(line).name().get(), line.prior()));
        }
        return named;
    }

    private List<FunctionalLine> lines(String code, FundingSource source, boolean othersOnly) {
        List<FunctionalLine> lines = new ArrayList<>();
        for (Unit unit : units) {
            if (othersOnly && unit == own) {
                continue;
            }
            for (FunctionalLine line : unit.functional().lines()) {
                boolean inRest = !figures.distinctSources.contains(line.source());
                if (line.itemCode().equals(code) && (source == null ? inRest : line.source() == source)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
