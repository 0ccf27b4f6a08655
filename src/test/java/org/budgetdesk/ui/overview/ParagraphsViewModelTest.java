package org.budgetdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParagraphsViewModelTest {
    private Department department;
    private Document document;
    private ParagraphsViewModel viewModel;
    private List<String> original;

    @BeforeEach
    void load() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        viewModel = new ParagraphsViewModel(document, unit -> unit.texts().keyTasks());
        original = List.copyOf(keyTasks());
    }

    private List<String> keyTasks() {
        return department.ownUnit().texts().keyTasks();
    }

    private void undoOnceRestores() {
        document.undoManager().undo();
        assertThat(keyTasks()).isEqualTo(original);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void theSampleHasKeyTasks() {
        assertThat(original).hasSizeGreaterThan(1);
        assertThat(viewModel.paragraphs(department.ownUnit())).isSameAs(keyTasks());
    }

    @Test
    void editingAParagraphIsOneUndoStep() {
        assertThat(viewModel.edit(1, "改写的任务")).isEqualTo(1);
        assertThat(keyTasks().get(1)).isEqualTo("改写的任务");
        assertThat(keyTasks()).hasSameSizeAs(original);
        undoOnceRestores();
    }

    @Test
    void addingInsertsAnEmptyParagraphAfterTheSelectedOne() {
        assertThat(viewModel.add(0)).isEqualTo(1);
        assertThat(keyTasks().get(1)).isEmpty();
        assertThat(keyTasks()).hasSize(original.size() + 1);
        undoOnceRestores();

        assertThat(viewModel.add(-1)).isEqualTo(original.size());
        assertThat(keyTasks().get(original.size())).isEmpty();
    }

    @Test
    void removingIsOneUndoStepAndSelectsTheNext() {
        int last = original.size() - 1;
        assertThat(viewModel.remove(last)).isEqualTo(last - 1);
        assertThat(keyTasks()).isEqualTo(original.subList(0, last));
        undoOnceRestores();
    }

    @Test
    void movingSwapsWithTheNeighbour() {
        List<String> expected = new ArrayList<>(original);
        expected.set(0, original.get(1));
        expected.set(1, original.get(0));

        assertThat(viewModel.moveDown(0)).isEqualTo(1);
        assertThat(keyTasks()).isEqualTo(expected);
        assertThat(viewModel.moveUp(1)).isEqualTo(0);
        assertThat(keyTasks()).isEqualTo(original);
        document.undoManager().undo();
        assertThat(keyTasks()).isEqualTo(expected);
    }

    @Test
    void movingPastTheEndsOrUnchangedTextDoNothing() {
        assertThat(viewModel.moveUp(0)).isEqualTo(-1);
        assertThat(viewModel.moveDown(original.size() - 1)).isEqualTo(-1);
        assertThat(viewModel.remove(original.size())).isEqualTo(-1);
        assertThat(viewModel.edit(0, original.get(0))).isEqualTo(0);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void theConsolidatedViewChangesNothing() {
        document.viewedUnitProperty().set(department.consolidated());

        assertThat(viewModel.add(0)).isEqualTo(-1);
        assertThat(viewModel.edit(0, "x")).isEqualTo(-1);
        assertThat(keyTasks()).isEqualTo(original);
    }
}
