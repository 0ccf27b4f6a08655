package org.budgetdesk.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;

/**
 * The one path for model edits: executes commands and keeps the undo and redo stacks.
 *
 * <p>Every state of the model reached through this manager has a revision number; undoing returns to the
 * previous state's number, so undoing back to the saved state counts as saved again. The model is unsaved
 * exactly when {@link #revisionProperty()} differs from the saved revision.
 */
public final class UndoManager {
    private record Step(Command command, long before, long after) {
    }

    private final Deque<Step> undoStack = new ArrayDeque<>();
    private final Deque<Step> redoStack = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final LongProperty savedRevision = new SimpleLongProperty(this, "savedRevision", 0);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final BooleanBinding unsaved = Bindings.notEqual(revision, savedRevision);
    private long lastRevision;

    /** Executes a command and makes it the next one to undo; the redo stack is cleared. */
    public void execute(Command command) {
        long before = revision.get();
        command.execute();
        long after = ++lastRevision;
        undoStack.push(new Step(command, before, after));
        redoStack.clear();
        revision.set(after);
        updateFlags();
    }

    /** Undoes the last command; does nothing when there is none. */
    public void undo() {
        Step step = undoStack.poll();
        if (step == null) {
            return;
        }
        step.command().undo();
        redoStack.push(step);
        revision.set(step.before());
        updateFlags();
    }

    /** Redoes the last undone command; does nothing when there is none. */
    public void redo() {
        Step step = redoStack.poll();
        if (step == null) {
            return;
        }
        step.command().execute();
        undoStack.push(step);
        revision.set(step.after());
        updateFlags();
    }

    /** Forgets every step, e.g. after another project was opened; the current state counts as saved. */
    public void reset() {
        undoStack.clear();
        redoStack.clear();
        revision.set(++lastRevision);
        markSaved();
        updateFlags();
    }

    /** Records that the current state has been saved. */
    public void markSaved() {
        savedRevision.set(revision.get());
    }

    /**
     * Records that the state with this revision has been saved: a save that ran in the background marks the
     * state it wrote, even if the user edited meanwhile.
     */
    public void markSaved(long savedState) {
        savedRevision.set(savedState);
    }

    /** Records that the current state exists nowhere on disk, e.g. a new year's project or a restored copy. */
    public void markUnsaved() {
        savedRevision.set(-1);
    }

    /** The description of the command {@link #undo()} would undo, or null. */
    public String undoDescription() {
        Step step = undoStack.peek();
        return step == null ? null : step.command().description();
    }

    /** The description of the command {@link #redo()} would redo, or null. */
    public String redoDescription() {
        Step step = redoStack.peek();
        return step == null ? null : step.command().description();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long savedRevision() {
        return savedRevision.get();
    }

    /** True while the current state differs from the saved one. */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void updateFlags() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
    }
}
