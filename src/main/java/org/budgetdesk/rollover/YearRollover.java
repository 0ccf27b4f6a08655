package org.budgetdesk.rollover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeChange;
import org.budgetdesk.catalog.CodeChanges;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.NewYear;
import org.budgetdesk.model.Unit;

/**
 * Next year's project from this year's ({@link NewYear}), with every code it uses taken through the editions'
 * changes ({@code changes.tsv}): a code that moved becomes its new code, and every code that changed name, moved, was
 * removed or is unknown in next year's edition is listed for the user to look at. Nothing is dropped: a removed or
 * unknown code stays as it was, listed.
 */
public final class YearRollover {
    private YearRollover() {
    }

    /** What happened to one code. */
    public enum Kind { MOVED, RENAMED, REMOVED, UNKNOWN }

    /** A code of this year's project and what it is next year. */
    public record CodeNote(CodeKind codeKind, String code, Kind kind, String newCode, String newName) {
    }

    /** Next year's department and the notes on its codes, by code. */
    public record Result(Department next, List<CodeNote> notes) {
    }

    public static Result of(Department lastYear, CodeChanges changes, Catalog nextYear) {
        Department next = NewYear.from(lastYear);
        int from = lastYear.budgetYear().get();
        int to = next.budgetYear().get();
        Map<String, CodeNote> notes = new TreeMap<>();
        for (Unit unit : next.units()) {
            for (FunctionalLine line : List.copyOf(unit.functional().lines())) {
                follow(CodeKind.FUNCTIONAL, line.itemCode(), changes, from, to, nextYear, notes)
                        .ifPresent(code -> moveFunctional(unit, line, code));
            }
            for (EconomicLine line : List.copyOf(unit.economic().lines())) {
                follow(CodeKind.ECONOMIC, line.itemCode(), changes, from, to, nextYear, notes)
                        .ifPresent(code -> moveEconomic(unit, line, code));
            }
        }
        return new Result(next, new ArrayList<>(notes.values()));
    }

    /** Notes what became of a code and returns its new code when it moved (and the new one is not taken). */
    private static Optional<String> follow(CodeKind kind, String code, CodeChanges changes, int from, int to,
                                           Catalog nextYear, Map<String, CodeNote> notes) {
        Optional<String> followed = changes.follow(kind, code, from, to);
        if (followed.isEmpty()) {
            notes.put(kind + code, new CodeNote(kind, code, Kind.REMOVED, "", ""));
            return Optional.empty();
        }
        String now = followed.get();
        if (!now.equals(code)) {
            notes.put(kind + code, new CodeNote(kind, code, Kind.MOVED, now, nextYear.nameOf(kind, now)));
            return Optional.of(now);
        }
        for (CodeChange change : changes.between(kind, from, to)) {
            if (change.oldCode().equals(code) && !change.codeChanged()) {
                notes.put(kind + code, new CodeNote(kind, code, Kind.RENAMED, code, change.newName()));
            }
        }
        if (nextYear.find(kind, code).isEmpty() && !notes.containsKey(kind + code)) {
            notes.put(kind + code, new CodeNote(kind, code, Kind.UNKNOWN, "", ""));
        }
        return Optional.empty();
    }

    private static void moveFunctional(Unit unit, FunctionalLine line, String code) {
        if (unit.functional().find(code, line.source()).isPresent()) {
            return; // the new code already has a line of that source: keep both as they are, the note says so
        }
        FunctionalLine moved = new FunctionalLine(code, line.source());
        moved.prior().set(line.prior().get());
        moved.purpose().set(line.purpose().get());
        int index = unit.functional().remove(line);
        unit.functional().add(Math.min(index, unit.functional().lines().size()), moved);
    }

    private static void moveEconomic(Unit unit, EconomicLine line, String code) {
        if (unit.economic().find(code).isPresent()) {
            return;
        }
        EconomicLine moved = new EconomicLine(code);
        moved.prior().set(line.prior().get());
        int index = unit.economic().remove(line);
        unit.economic().add(Math.min(index, unit.economic().lines().size()), moved);
    }
}
