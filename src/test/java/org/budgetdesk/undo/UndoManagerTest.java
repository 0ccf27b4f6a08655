package org.budgetdesk.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private final UndoManager manager = new UndoManager();
    private final StringProperty text = new SimpleStringProperty("a");

    private void type(String value) {
        manager.execute(Edits.setText(text, value));
    }

    @Test
    void aNewManagerHasNothingToUndoAndIsSaved() {
        assertThat(manager.canUndoProperty().get()).isFalse();
        assertThat(manager.canRedoProperty().get()).isFalse();
        assertThat(manager.unsavedProperty().get()).isFalse();
        assertThat(manager.undoDescription()).isNull();
        assertThat(manager.redoDescription()).isNull();
    }

    @Test
    void executeRunsTheCommandAndMakesItUndoable() {
        type("b");

        assertThat(text.get()).isEqualTo("b");
        assertThat(manager.canUndoProperty().get()).isTrue();
        assertThat(manager.canRedoProperty().get()).isFalse();
        assertThat(manager.undoDescription()).isEqualTo("edit.text");
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        type("b");
        type("c");

        manager.undo();
        assertThat(text.get()).isEqualTo("b");
        assertThat(manager.canRedoProperty().get()).isTrue();
        assertThat(manager.redoDescription()).isEqualTo("edit.text");
        manager.undo();
        assertThat(text.get()).isEqualTo("a");
        assertThat(manager.canUndoProperty().get()).isFalse();

        manager.redo();
        assertThat(text.get()).isEqualTo("b");
        manager.redo();
        assertThat(text.get()).isEqualTo("c");
        assertThat(manager.canRedoProperty().get()).isFalse();
        assertThat(manager.canUndoProperty().get()).isTrue();
    }

    @Test
    void undoAndRedoWithNothingToDoChangeNothing() {
        manager.undo();
        manager.redo();
        assertThat(manager.revisionProperty().get()).isZero();

        type("b");
        long revision = manager.revisionProperty().get();
        manager.redo();
        assertThat(text.get()).isEqualTo("b");
        assertThat(manager.revisionProperty().get()).isEqualTo(revision);
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        type("b");
        type("c");
        manager.undo();

        type("d");

        assertThat(manager.canRedoProperty().get()).isFalse();
        manager.redo();
        assertThat(text.get()).isEqualTo("d");
        manager.undo();
        assertThat(text.get()).isEqualTo("b");
    }

    @Test
    void undoReturnsToThePreviousRevisionAndRedoToTheSameLaterOne() {
        long start = manager.revisionProperty().get();
        type("b");
        long afterB = manager.revisionProperty().get();
        type("c");
        long afterC = manager.revisionProperty().get();
        assertThat(List.of(start, afterB, afterC)).doesNotHaveDuplicates();

        manager.undo();
        assertThat(manager.revisionProperty().get()).isEqualTo(afterB);
        manager.undo();
        assertThat(manager.revisionProperty().get()).isEqualTo(start);
        manager.redo();
        assertThat(manager.revisionProperty().get()).isEqualTo(afterB);
    }

    @Test
    void aNewBranchNeverReusesARevision() {
        type("b");
        long afterB = manager.revisionProperty().get();
        manager.undo();

        type("x");

        assertThat(manager.revisionProperty().get()).isNotEqualTo(afterB).isNotZero();
    }

    @Test
    void undoingBackToTheSavedStateCountsAsSaved() {
        type("b");
        assertThat(manager.unsavedProperty().get()).isTrue();

        manager.undo();
        assertThat(manager.unsavedProperty().get()).isFalse();

        manager.redo();
        assertThat(manager.unsavedProperty().get()).isTrue();
    }

    @Test
    void markSavedMakesTheCurrentStateTheSavedOne() {
        type("b");
        manager.markSaved();
        assertThat(manager.unsavedProperty().get()).isFalse();
        assertThat(manager.savedRevision()).isEqualTo(manager.revisionProperty().get());

        manager.undo();
        assertThat(manager.unsavedProperty().get()).isTrue();
        manager.redo();
        assertThat(manager.unsavedProperty().get()).isFalse();
        type("c");
        assertThat(manager.unsavedProperty().get()).isTrue();
    }

    @Test
    void aDifferentEditAfterUndoingTheSavedOneStaysUnsaved() {
        type("b");
        manager.markSaved();
        manager.undo();

        type("b");

        assertThat(manager.unsavedProperty().get()).isTrue();
        manager.undo();
        assertThat(manager.unsavedProperty().get()).isTrue();
    }

    @Test
    void resetForgetsTheHistoryAndCountsAsSaved() {
        type("b");
        type("c");
        manager.undo();
        long before = manager.revisionProperty().get();

        manager.reset();

        assertThat(manager.canUndoProperty().get()).isFalse();
        assertThat(manager.canRedoProperty().get()).isFalse();
        assertThat(manager.unsavedProperty().get()).isFalse();
        assertThat(manager.revisionProperty().get()).isNotEqualTo(before);
        manager.undo();
        assertThat(text.get()).isEqualTo("b");
        type("d");
        assertThat(manager.unsavedProperty().get()).isTrue();
        manager.undo();
        assertThat(manager.unsavedProperty().get()).isFalse();
    }

    @Test
    void aFailingCommandLeavesTheHistoryAsItWas() {
        type("b");
        long revision = manager.revisionProperty().get();
        Command failing = Command.of("edit.fail", () -> {
            throw new IllegalStateException("refused");
        }, () -> { });

        assertThatThrownBy(() -> manager.execute(failing)).isInstanceOf(IllegalStateException.class);

        assertThat(manager.revisionProperty().get()).isEqualTo(revision);
        assertThat(manager.undoDescription()).isEqualTo("edit.text");
        manager.undo();
        assertThat(text.get()).isEqualTo("a");
    }

    @Test
    void compositeCommandRunsInOrderAndUndoesInReverseAsOneStep() {
        List<String> log = new ArrayList<>();
        Command first = Command.of("first", () -> log.add("do 1"), () -> log.add("undo 1"));
        Command second = Command.of("second", () -> log.add("do 2"), () -> log.add("undo 2"));
        Command third = Command.of("third", () -> log.add("do 3"), () -> log.add("undo 3"));
        CompositeCommand paste = new CompositeCommand("edit.paste", List.of(first, second, third));

        manager.execute(paste);
        manager.undo();
        manager.redo();

        assertThat(log).containsExactly("do 1", "do 2", "do 3", "undo 3", "undo 2", "undo 1", "do 1", "do 2", "do 3");
        assertThat(manager.undoDescription()).isEqualTo("edit.paste");
        assertThat(paste.commands()).containsExactly(first, second, third);
        assertThat(paste.description()).isEqualTo("edit.paste");
    }

    @Test
    void compositeOfDependentEditsRestoresTheOriginalValue() {
        StringProperty cell = new SimpleStringProperty("start");
        Command toB = Edits.setText(cell, "b");
        cell.set("b");
        Command toC = Edits.setText(cell, "c");
        cell.set("start");
        manager.execute(new CompositeCommand("edit.paste", List.of(toB, toC)));
        assertThat(cell.get()).isEqualTo("c");

        manager.undo();

        assertThat(cell.get()).isEqualTo("start");
    }
}
