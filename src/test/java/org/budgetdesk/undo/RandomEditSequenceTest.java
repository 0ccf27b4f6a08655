package org.budgetdesk.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.RecomputedTotals;
import org.budgetdesk.model.SampleDepartments;
import org.budgetdesk.model.Snapshots;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of up to 40 edits on a department of three units, made through {@link Edits} and the
 * {@link UndoManager}; each case draws its sequence from its own seed ({@link RandomValues}).
 */
class RandomEditSequenceTest {
    private static final int MAX_STEPS = 40;

    static LongStream seeds() {
        return RandomValues.seeds(300);
    }

    @SeededTest
    @MethodSource("seeds")
    void everyTotalEqualsTheSumOfItsLeavesAfterEveryEdit(long seed) {
        List<EditStep> steps = RandomEditSteps.sequence(new Random(seed), MAX_STEPS);
        Department department = SampleDepartments.threeUnits();
        UndoManager manager = new UndoManager();
        assertThat(RecomputedTotals.mismatches(department)).as("seed %d, before editing", seed).isEmpty();

        for (int i = 0; i < steps.size(); i++) {
            RandomEdits.commandFor(department, steps.get(i)).ifPresent(manager::execute);
            assertThat(RecomputedTotals.mismatches(department))
                    .as("seed %d, after step %d: %s", seed, i, steps.get(i)).isEmpty();
        }
    }

    @SeededTest
    @MethodSource("seeds")
    void undoingEverythingRestoresTheModelAndRedoingEverythingReturnsToTheEnd(long seed) {
        List<EditStep> steps = RandomEditSteps.sequence(new Random(seed), MAX_STEPS);
        Department department = SampleDepartments.threeUnits();
        UndoManager manager = new UndoManager();
        SortedMap<String, String> before = Snapshots.of(department);
        steps.forEach(step -> RandomEdits.commandFor(department, step).ifPresent(manager::execute));
        SortedMap<String, String> after = Snapshots.of(department);

        while (manager.canUndoProperty().get()) {
            manager.undo();
        }
        assertThat(Snapshots.differences(before, Snapshots.of(department)))
                .as("seed %d, after undoing all of %s", seed, steps).isEmpty();
        assertThat(RecomputedTotals.mismatches(department)).as("seed %d, totals after undoing all", seed).isEmpty();
        assertThat(manager.unsavedProperty().get()).as("seed %d, unsaved after undoing all", seed).isFalse();

        while (manager.canRedoProperty().get()) {
            manager.redo();
        }
        assertThat(Snapshots.differences(after, Snapshots.of(department)))
                .as("seed %d, after redoing all of %s", seed, steps).isEmpty();
        assertThat(RecomputedTotals.mismatches(department)).as("seed %d, totals after redoing all", seed).isEmpty();
    }
}
