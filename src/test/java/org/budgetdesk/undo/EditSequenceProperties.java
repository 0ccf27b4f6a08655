package org.budgetdesk.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.RecomputedTotals;
import org.budgetdesk.model.SampleDepartments;
import org.budgetdesk.model.Snapshots;

/** Random sequences of edits on a department of three units, made through {@link Edits} and the {@link UndoManager}. */
class EditSequenceProperties {

    @Provide
    Arbitrary<List<EditStep>> edits() {
        return EditStepArbitraries.sequences(40);
    }

    @Property(tries = 300)
    void everyTotalEqualsTheSumOfItsLeavesAfterEveryEdit(@ForAll("edits") List<EditStep> steps) {
        Department department = SampleDepartments.threeUnits();
        UndoManager manager = new UndoManager();
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();

        for (int i = 0; i < steps.size(); i++) {
            RandomEdits.commandFor(department, steps.get(i)).ifPresent(manager::execute);
            assertThat(RecomputedTotals.mismatches(department)).as("after step %d: %s", i, steps.get(i)).isEmpty();
        }
    }

    @Property(tries = 300)
    void undoingEverythingRestoresTheModelAndRedoingEverythingReturnsToTheEnd(
            @ForAll("edits") List<EditStep> steps) {
        Department department = SampleDepartments.threeUnits();
        UndoManager manager = new UndoManager();
        SortedMap<String, String> before = Snapshots.of(department);
        steps.forEach(step -> RandomEdits.commandFor(department, step).ifPresent(manager::execute));
        SortedMap<String, String> after = Snapshots.of(department);

        while (manager.canUndoProperty().get()) {
            manager.undo();
        }
        assertThat(Snapshots.differences(before, Snapshots.of(department))).as("after undoing all").isEmpty();
        assertThat(RecomputedTotals.mismatches(department)).as("totals after undoing all").isEmpty();
        assertThat(manager.unsavedProperty().get()).isFalse();

        while (manager.canRedoProperty().get()) {
            manager.redo();
        }
        assertThat(Snapshots.differences(after, Snapshots.of(department))).as("after redoing all").isEmpty();
        assertThat(RecomputedTotals.mismatches(department)).as("totals after redoing all").isEmpty();
    }
}
