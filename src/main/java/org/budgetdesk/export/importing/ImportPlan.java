package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.model.Department;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.CompositeCommand;

/**
 * What importing a workbook into a project would do, computed without touching the project: every figure that
 * would change (old → new, in 元), the units that would be added, and every cell that could not be read. Nothing
 * changes until {@link #command()} is executed, and that is one undo step.
 */
public final class ImportPlan {
    private final List<Change> changes;
    private final List<String> newUnits;
    private final List<Unreadable> problems;
    private final List<Command> commands;
    private final List<Unreadable> notes;
    private final List<String> customCodes;

    ImportPlan(List<Change> changes, List<String> newUnits, List<Unreadable> problems, List<Command> commands,
               List<Unreadable> notes, List<String> customCodes) {
        this.changes = List.copyOf(changes);
        this.newUnits = List.copyOf(newUnits);
        this.problems = List.copyOf(problems);
        this.commands = List.copyOf(commands);
        this.notes = List.copyOf(notes);
        this.customCodes = List.copyOf(customCodes);
    }

    /**
     * The plan for importing {@code figures} into {@code department}.
     *
     * @param prior true to import into the prior-year figures (last year's tables), false for this year's
     */
    public static ImportPlan of(Department department, ImportedFigures figures, boolean prior) {
        return new PlanBuilder(department, figures, prior).build();
    }

    /**
     * One changed figure.
     *
     * @param unit    the unit's name
     * @param figure  a message key naming the kind of figure ({@code import.figure.*}), with {@code subject}
     * @param subject the code, source or part, as the tables name it
     * @param before  the figure now, in 元 (null: not published)
     * @param after   the figure after the import (null: not published)
     */
    public record Change(String unit, String figure, String subject, BigDecimal before, BigDecimal after) {
    }

    public List<Change> changes() {
        return changes;
    }

    /** Units the workbook lists that the project lacks: added by the import. */
    public List<String> newUnits() {
        return newUnits;
    }

    /** Cells that could not be read, totals that disagree with their parts, figures that cannot be placed. */
    public List<Unreadable> problems() {
        return problems;
    }

    /** What the reading read or inferred that a person may not expect: hidden sheets and rows, a unit assumed. */
    public List<Unreadable> notes() {
        return notes;
    }

    /** Codes the year's catalog lacks that the import adds as custom codes (“2089998 自拟的事务”). */
    public List<String> customCodes() {
        return customCodes;
    }

    /** Whether nothing would change. */
    public boolean isEmpty() {
        return changes.isEmpty() && newUnits.isEmpty() && customCodes.isEmpty();
    }

    /** The import as one undoable command ({@code edit.import}). */
    public Command command() {
        return new CompositeCommand("edit.import", commands);
    }
}
