package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.Edits;

/**
 * Computes an {@link ImportPlan}: reads the project, never writes it. Figures by unit go to the unit of that name
 * (a unit the project lacks is added); figures of the department as a whole go to the own unit (本级), which takes
 * the difference between the workbook and the department's total so that subordinate units keep theirs. A unit's
 * figures given alone ({@link ImportedFigures#unitNames()}) are planned by a builder over that unit only, which is
 * then its own “department”: its lines become the workbook's.
 */
final class PlanBuilder {
    /** The parts as the tables name them. */
    private static final Map<ThreePublicPart, String> PART_NAMES = Map.of(
            ThreePublicPart.OVERSEAS_TRAVEL, "因公出国（境）费", ThreePublicPart.RECEPTION, "公务接待费",
            ThreePublicPart.VEHICLE_PURCHASE, "公务用车购置费", ThreePublicPart.VEHICLE_OPERATION, "公务用车运行维护费");

    private final Department department;
    /** The units the figures are compared with: the department's, or one unit's alone. */
    private final List<Unit> units;
    /** The unit that takes what the figures give for all of {@link #units} together. */
    private final Unit own;
    private final ImportedFigures figures;
    private final boolean prior;
    private final PlanChanges changes;
    private final Map<String, Unit> newUnits;
    private final List<Command> unitCommands;
    /** Whether the figures are one unit's alone (then every unit a table names is that unit): the units compared
     * are not the department's list itself. */
    private final boolean oneUnit;
    /** Code → name of the codes the year's catalog lacks, in the order found. */
    private final Map<String, String> customCodes;

    PlanBuilder(Department department, ImportedFigures figures, boolean prior) {
        this(department, department.units(), department.ownUnit(), figures, prior, new PlanChanges(),
                new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>());
    }

    private PlanBuilder(Department department, List<Unit> units, Unit own, ImportedFigures figures, boolean prior,
                        PlanChanges changes, Map<String, Unit> newUnits, List<Command> unitCommands,
                        Map<String, String> customCodes) {
        this.department = department;
        this.units = units;
        this.own = own;
        this.figures = figures;
        this.prior = prior;
        this.changes = changes;
        this.newUnits = newUnits;
        this.unitCommands = unitCommands;
        this.customCodes = customCodes;
        this.oneUnit = units != department.units();
    }

    ImportPlan build() {
        boolean unitByUnit = !figures.units.isEmpty();
        plan(!unitByUnit);
        figures.units.forEach((name, unitFigures) -> {
            Unit unit = unitNamed(name);
            new PlanBuilder(department, List.of(unit), unit, unitFigures, prior, changes, newUnits, unitCommands,
                    customCodes).plan(true);
        });
        List<Command> commands = new ArrayList<>(unitCommands);
        commands.addAll(changes.commands);
        List<Unreadable> problems = new ArrayList<>(figures.problems);
        problems.addAll(changes.problems);
        List<String> codes = new ArrayList<>();
        customCodes.forEach((code, name) -> codes.add(code + " " + name));
        return new ImportPlan(changes.changes, List.copyOf(newUnits.keySet()), problems, commands, figures.notes,
                codes);
    }

    /** The changes of these figures; {@code lines}: also the functional and economic lines. */
    private void plan(boolean lines) {
        figures.income.forEach(this::income);
        CarryOverPlan.plan(figures, units, this::unitNamed, prior, changes);
        if (lines && figures.economicRead) {
            economic();
        }
        figures.threePublic.forEach((unit, funds) -> threePublicOf(unit).ifPresent(
                target -> threePublic(target, funds, prior)));
        if (!prior) {
            figures.threePublicPrior.forEach((unit, funds) -> threePublicOf(unit).ifPresent(
                    target -> threePublic(target, funds, true)));
        }
        if (lines) {
            new FunctionalPlan(units, own, figures, prior, changes).plan();
            customCodes(CodeKind.FUNCTIONAL, figures.functional.keySet(), figures.functionalNames,
                    department.customFunctionalCodes());
            customCodes(CodeKind.ECONOMIC, figures.economic.keySet(), figures.economicNames,
                    department.customEconomicCodes());
        }
    }

    /**
     * The unit whose “三公”经费 a table row gives. A row for the whole department (a table without a unit column)
     * goes to the own unit only when it is the only one: the parts cannot be split over several units.
     */
    private java.util.Optional<Unit> threePublicOf(String name) {
        if (!name.equals(ImportedFigures.DEPARTMENT) || oneUnit) {
            return java.util.Optional.of(unitNamed(name));
        }
        if (units.size() == 1) {
            return java.util.Optional.of(own);
        }
        changes.problems.add(new Unreadable("", 0, "", "import.problem.departmentThreePublic",
                String.valueOf(units.size())));
        return java.util.Optional.empty();
    }

    /** Codes the year's catalog lacks become custom codes with the name the tables give them. */
    private void customCodes(CodeKind kind, java.util.Set<String> codes, Map<String, String> names,
                             javafx.collections.ObservableMap<String, String> custom) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get());
        for (String code : codes) {
            String name = names.getOrDefault(code, "").strip();
            if (!name.isEmpty() && catalog.find(kind, code).isEmpty() && !custom.containsKey(code)
                    && !customCodes.containsKey(code)) {
                customCodes.put(code, name);
                changes.add(Edits.putCustomCode(custom, code, name));
            }
        }
    }

    /** The unit of that name (a new one, added by the plan, when the project has none); within one unit's own
     * figures, that unit whatever the table calls it. */
    private Unit unitNamed(String name) {
        if (oneUnit) {
            return own;
        }
        String wanted = AmountText.normalise(name);
        for (Unit unit : department.units()) {
            if (AmountText.normalise(unit.name().get()).equals(wanted)) {
                return unit;
            }
        }
        return newUnits.computeIfAbsent(name, key -> {
            Unit unit = new Unit(key);
            unitCommands.add(Edits.addUnit(department, unit));
            return unit;
        });
    }

    private void income(String unitName, Map<FundingSource, BigDecimal> amounts) {
        boolean whole = unitName.equals(ImportedFigures.DEPARTMENT) || oneUnit;
        Unit unit = whole ? own : unitNamed(unitName);
        amounts.forEach((source, amount) -> {
            BigDecimal target = whole ? PlanChanges.minus(amount,
                    others(u -> property(u.income().source(source)),
                    "import.figure.income", source.officialName())) : amount;
            changes.set(unit.name().get(), "import.figure.income", source.officialName(),
                    property(unit.income().source(source)), target, prior);
        });
    }

    private void economic() {
        TreeSet<String> codes = new TreeSet<>(figures.economic.keySet());
        codes.addAll(figures.economicProject.keySet());
        units.forEach(unit -> unit.economic().lines().forEach(line -> codes.add(line.itemCode())));
        for (String code : codes) {
            BigDecimal wanted = figures.economic.getOrDefault(code, BigDecimal.ZERO.setScale(2));
            BigDecimal others = others(unit -> unit.economic().find(code).map(this::property).orElse(null),
                    "import.figure.economic", code);
            EconomicLine line = own.economic().find(code).orElseGet(() -> new EconomicLine(code));
            int before = changes.commands.size();
            BigDecimal target = PlanChanges.minus(wanted, others);
            changes.set(own.name().get(), "import.figure.economic", code, property(line),
                    target == null || prior ? target : target.add(uncovered(code)), prior);
            if (!prior && figures.economicProject.containsKey(code)) {
                BigDecimal otherProjects = others(unit -> unit.economic().find(code)
                        .map(EconomicLine::project).orElse(null), "import.figure.economicProject", code);
                changes.set(own.name().get(), "import.figure.economicProject", code, line.project(),
                        PlanChanges.minus(figures.economicProject.get(code), otherProjects), false);
            }
            if (own.economic().find(code).isEmpty() && changes.commands.size() > before) {
                changes.commands.add(before, Edits.addEconomicLine(own.economic(), line));
            }
        }
    }

    /**
     * What the funds the economic table does not show pay of a 款, over every unit (表3-1 shows 一般公共预算 only): they
     * keep their share, so the 款's whole basic expenditure is the table's figure plus them.
     */
    private BigDecimal uncovered(String code) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Unit unit : department.units()) {
            for (EconomicLine line : unit.economic().find(code).stream().toList()) {
                for (Fund fund : Fund.values()) {
                    if (fund != Fund.GENERAL_PUBLIC_BUDGET && !figures.economicFunds.contains(fund)) {
                        sum = sum.add(line.share(fund));
                    }
                }
            }
        }
        return sum;
    }

    /** “三公”经费 of one unit from the funds the tables cover; the funds they do not cover keep their share. */
    private void threePublic(Unit unit, Map<Fund, Map<ThreePublicPart, BigDecimal>> funds,
                             boolean intoPrior) {
        ThreePublicExpenses expenses = unit.threePublic();
        for (ThreePublicPart part : ThreePublicPart.values()) {
            BigDecimal all = BigDecimal.ZERO.setScale(2);
            for (Fund fund : Fund.values()) {
                Map<ThreePublicPart, BigDecimal> table = funds.get(fund);
                BigDecimal share = table != null && table.containsKey(part) ? table.get(part)
                        : value(expenses.share(fund).part(part), intoPrior);
                all = PlanChanges.plus(all, share);
                if (table != null && table.containsKey(part) && fund != Fund.GENERAL_PUBLIC_BUDGET) {
                    ComparedAmount entered = expenses.entered(fund, part);
                    changes.set(unit.name().get(), "import.figure.threePublicFund",
                            (fund.isFiscal() ? fund.appropriation().officialName() : "非财政拨款") + " "
                                    + PART_NAMES.get(part),
                            intoPrior ? entered.prior() : entered.current(), share, intoPrior);
                }
            }
            ComparedAmount whole = expenses.part(part);
            changes.set(unit.name().get(), "import.figure.threePublic", PART_NAMES.get(part),
                    intoPrior ? whole.prior() : whole.current(), all, intoPrior);
        }
    }

    private static BigDecimal value(org.budgetdesk.model.Compared figure, boolean intoPrior) {
        return intoPrior ? figure.prior().getValue() : figure.current().getValue();
    }

    private ObjectProperty<BigDecimal> property(ComparedAmount amount) {
        return prior ? amount.prior() : amount.current();
    }

    private ObjectProperty<BigDecimal> property(EconomicLine line) {
        return prior ? line.prior() : line.current();
    }

    /** The sum of a figure over every unit but the own one (in the prior year, not published there counts as 0). */
    private BigDecimal others(Function<Unit, ObjectProperty<BigDecimal>> figure, String kind, String subject) {
        List<Map.Entry<String, ObjectProperty<BigDecimal>>> others = new ArrayList<>();
        for (Unit unit : units) {
            ObjectProperty<BigDecimal> property = unit == own ? null : figure.apply(unit);
            if (property != null) {
                others.add(Map.entry(unit.name().get(), property));
            }
        }
        return changes.sumOthers(others, kind, subject, prior);
    }
}
