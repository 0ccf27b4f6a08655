package org.budgetdesk.export.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.DraftComparison;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.CompositeCommand;
import org.budgetdesk.undo.Edits;

/**
 * Units prepared elsewhere (a subordinate unit's accountant works on a project of their own unit): every unit of that
 * project replaces the department's unit of the same name, in its place, or is added after the others; custom codes
 * the department lacks come along. {@link #differences()} is the preview (what changes, as a draft comparison would
 * list it), computed on a copy; {@link #command()} does it as one undo step.
 */
public final class UnitMerge {
    private final List<String> replaced = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private final Comparison differences;

    private UnitMerge(Department department, Department incoming) throws ProjectFileException {
        ProjectFiles files = new ProjectFiles();
        Department after = files.fromBytes(files.toBytes(department), Path.of("department"));
        Department copy = files.fromBytes(files.toBytes(incoming), Path.of("unit"));
        for (Unit unit : List.copyOf(incoming.units())) {
            int index = indexOf(department, unit.name().get());
            Unit moved = take(incoming, unit);
            if (index >= 0) {
                replaced.add(unit.name().get());
                Unit old = department.units().get(index);
                commands.add(Command.of("edit.mergeUnits", () -> department.units().set(index, moved),
                        () -> department.units().set(index, old)));
            } else {
                added.add(unit.name().get());
                commands.add(Edits.addUnit(department, moved));
            }
        }
        for (Unit unit : List.copyOf(copy.units())) {
            int index = indexOf(after, unit.name().get());
            Unit moved = take(copy, unit);
            if (index >= 0) {
                after.units().set(index, moved);
            } else {
                after.units().add(moved);
            }
        }
        customCodes(incoming.customFunctionalCodes(), department.customFunctionalCodes(),
                after.customFunctionalCodes());
        customCodes(incoming.customEconomicCodes(), department.customEconomicCodes(), after.customEconomicCodes());
        differences = DraftComparison.compare(department, after);
    }

    /**
     * The merge of {@code incoming}'s units into {@code department}. {@code incoming} gives its units up: do not
     * use it afterwards.
     *
     * @throws ProjectFileException when a project cannot be copied (it could not be saved either)
     * @throws IllegalArgumentException when the two projects are of different budget years
     */
    public static UnitMerge of(Department department, Department incoming) throws ProjectFileException {
        if (department.budgetYear().get() != incoming.budgetYear().get()) {
            throw new IllegalArgumentException(incoming.budgetYear().get() + " ≠ " + department.budgetYear().get());
        }
        return new UnitMerge(department, incoming);
    }

    private void customCodes(Map<String, String> incoming, javafx.collections.ObservableMap<String, String> custom,
                             Map<String, String> after) {
        incoming.forEach((code, name) -> {
            if (!custom.containsKey(code)) {
                commands.add(Edits.putCustomCode(custom, code, name));
                after.put(code, name);
            }
        });
    }

    /** Takes a unit out of its project (so that project no longer follows its figures). */
    private static Unit take(Department from, Unit unit) {
        from.units().remove(unit);
        return unit;
    }

    private static int indexOf(Department department, String name) {
        String wanted = AmountText.normalise(name);
        for (int i = 0; i < department.units().size(); i++) {
            if (AmountText.normalise(department.units().get(i).name().get()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The units replaced, by name. */
    public List<String> replaced() {
        return List.copyOf(replaced);
    }

    /** The units added, by name. */
    public List<String> added() {
        return List.copyOf(added);
    }

    /** Every entered figure and text that changes, as the draft comparison lists it. */
    public Comparison differences() {
        return differences;
    }

    /** The merge as one undo step ({@code edit.mergeUnits}). */
    public Command command() {
        return new CompositeCommand("edit.mergeUnits", commands);
    }
}
