package org.budgetdesk.undo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/** Turns {@link EditStep}s into {@link Edits} commands against a department as it is now. */
final class RandomEdits {
    private static final List<Function<ThreePublicExpenses, ComparedAmount>> THREE_PUBLIC_PARTS = List.of(
            ThreePublicExpenses::overseasTravel, ThreePublicExpenses::reception,
            ThreePublicExpenses::vehiclePurchase, ThreePublicExpenses::vehicleOperation);
    private static final List<Function<Unit, ObjectProperty<BigDecimal>>> OTHER_AMOUNTS = List.of(
            unit -> unit.operatingCosts().current(), unit -> unit.operatingCosts().prior(),
            unit -> unit.procurement().goods(), unit -> unit.procurement().works(),
            unit -> unit.procurement().services());
    private static final List<Function<Unit, StringProperty>> TEXTS = List.of(
            unit -> unit.threePublic().reason(),
            unit -> unit.threePublic().receptionPlan(),
            unit -> unit.operatingCosts().reason(),
            unit -> unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason(),
            unit -> unit.assets().note(),
            unit -> unit.texts().appropriationPurpose());

    private RandomEdits() {
    }

    /** The command for a step, or empty when the step does not apply (no such line, a duplicate code…). */
    static Optional<Command> commandFor(Department department, EditStep step) {
        if (step instanceof EditStep.AddUnit add) {
            return Optional.of(Edits.addUnit(department, newUnit(add)));
        }
        if (step instanceof EditStep.RemoveUnit remove) {
            int count = department.units().size();
            if (count < 2) {
                return Optional.empty();
            }
            Unit subordinate = department.units().get(1 + pick(remove.unit(), count - 1));
            return Optional.of(Edits.removeUnit(department, subordinate));
        }
        if (step instanceof EditStep.Paste paste) {
            List<Command> cells = new ArrayList<>();
            paste.cells().forEach(cell -> commandFor(department, cell).ifPresent(cells::add));
            return cells.isEmpty() ? Optional.empty() : Optional.of(new CompositeCommand("edit.paste", cells));
        }
        return commandFor(department, unitOf(department, step), step);
    }

    private static Optional<Command> commandFor(Department department, Unit unit, EditStep step) {
        if (step instanceof EditStep.SetFunctionalAmount set) {
            return pickFrom(unit.functional().lines(), set.line())
                    .map(line -> Edits.setAmount(functionalAmount(line, set.field()), set.amount()));
        } else if (step instanceof EditStep.AddFunctionalLine add) {
            if (unit.functional().find(add.code(), add.source()).isPresent()) {
                return Optional.empty();
            }
            FunctionalLine line = new FunctionalLine(add.code(), add.source());
            line.personnel().set(add.personnel());
            return Optional.of(Edits.addFunctionalLine(unit.functional(), line));
        } else if (step instanceof EditStep.RemoveFunctionalLine remove) {
            return pickFrom(unit.functional().lines(), remove.line())
                    .map(line -> Edits.removeFunctionalLine(unit.functional(), line));
        } else if (step instanceof EditStep.SetEconomicAmount set) {
            return pickFrom(unit.economic().lines(), set.line())
                    .map(line -> Edits.setAmount(set.prior() ? line.prior() : line.current(), set.amount()));
        } else if (step instanceof EditStep.AddEconomicLine add) {
            if (unit.economic().find(add.code()).isPresent()) {
                return Optional.empty();
            }
            EconomicLine line = new EconomicLine(add.code());
            line.current().set(add.current());
            return Optional.of(Edits.addEconomicLine(unit.economic(), line));
        } else if (step instanceof EditStep.RemoveEconomicLine remove) {
            return pickFrom(unit.economic().lines(), remove.line())
                    .map(line -> Edits.removeEconomicLine(unit.economic(), line));
        } else if (step instanceof EditStep.SetIncome set) {
            ComparedAmount figure = unit.income().source(set.source());
            return Optional.of(Edits.setAmount(set.prior() ? figure.prior() : figure.current(), set.amount()));
        } else if (step instanceof EditStep.SetThreePublic set) {
            ComparedAmount figure = pickFrom(THREE_PUBLIC_PARTS, set.part()).orElseThrow().apply(unit.threePublic());
            return Optional.of(Edits.setAmount(set.prior() ? figure.prior() : figure.current(), set.amount()));
        } else if (step instanceof EditStep.SetOtherAmount set) {
            return Optional.of(Edits.setAmount(pickFrom(OTHER_AMOUNTS, set.which()).orElseThrow().apply(unit),
                    set.amount()));
        } else if (step instanceof EditStep.SetCount set) {
            return Optional.of(Edits.setCount(count(unit, set.which()), set.value()));
        } else if (step instanceof EditStep.SetText set) {
            return Optional.of(Edits.setText(text(unit, set.which()), set.text()));
        } else if (step instanceof EditStep.ReplaceParagraphs replace) {
            return Optional.of(Edits.replaceTexts(
                    replace.keyTasks() ? unit.texts().keyTasks() : unit.texts().functions(), replace.paragraphs()));
        } else if (step instanceof EditStep.AddProject add) {
            PerformanceProject project = new PerformanceProject();
            project.name().set(add.name());
            project.amount().set(add.amount());
            return Optional.of(Edits.addProject(unit.performance(), project));
        } else if (step instanceof EditStep.RemoveProject remove) {
            return pickFrom(unit.performance().projects(), remove.project())
                    .map(project -> Edits.removeProject(unit.performance(), project));
        } else if (step instanceof EditStep.SetProjectAmount set) {
            return pickFrom(unit.performance().projects(), set.project())
                    .map(project -> Edits.setAmount(project.amount(), set.amount()));
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    private static Unit unitOf(Department department, EditStep step) {
        if (!(step instanceof EditStep.OfUnit unitStep)) {
            throw new IllegalArgumentException("not a unit edit: " + step);
        }
        return department.units().get(pick(unitStep.unit(), department.units().size()));
    }

    private static Unit newUnit(EditStep.AddUnit add) {
        Unit unit = new Unit(add.name());
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(add.amount());
        for (String code : add.codes()) {
            if (unit.functional().find(code, FundingSource.GENERAL_PUBLIC_BUDGET).isEmpty()) {
                FunctionalLine line = new FunctionalLine(code);
                line.project().set(add.amount());
                line.purpose().set(add.name() + code);
                unit.functional().add(line);
            }
        }
        return unit;
    }

    private static ObjectProperty<BigDecimal> functionalAmount(FunctionalLine line, int field) {
        return switch (pick(field, 4)) {
            case 0 -> line.personnel();
            case 1 -> line.publicCosts();
            case 2 -> line.project();
            default -> line.prior();
        };
    }

    private static IntegerProperty count(Unit unit, int which) {
        VehicleUse[] uses = VehicleUse.values();
        int index = pick(which, uses.length + 3);
        if (index < uses.length) {
            return unit.assets().vehicles(uses[index]);
        }
        return switch (index - uses.length) {
            case 0 -> unit.assets().largeEquipment();
            case 1 -> unit.assets().plannedVehicles();
            default -> unit.assets().plannedLargeEquipment();
        };
    }

    /** Even picks name a line's purpose (when the unit has lines), odd ones a single text of the unit. */
    private static StringProperty text(Unit unit, int which) {
        List<FunctionalLine> lines = unit.functional().lines();
        if (which % 2 == 0 && !lines.isEmpty()) {
            return lines.get(pick(which / 2, lines.size())).purpose();
        }
        return TEXTS.get(pick(which / 2, TEXTS.size())).apply(unit);
    }

    private static <T> Optional<T> pickFrom(List<T> items, int pick) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(pick(pick, items.size())));
    }

    private static int pick(int pick, int size) {
        return Math.floorMod(pick, size);
    }
}
