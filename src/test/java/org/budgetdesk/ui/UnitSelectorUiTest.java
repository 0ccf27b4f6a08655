package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.budgetdesk.bench.GeneratedDepartment;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's unit selector lists 本级, every subordinate unit and 部门汇总, and chooses the unit the tabs show. */
@ExtendWith(ApplicationExtension.class)
class UnitSelectorUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindows.showing(stage, GeneratedDepartment.build(100, 2, 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryUnitThenTheConsolidatedDepartmentAndChoosesTheViewedUnit(FxRobot robot) {
        ComboBox<Unit> selector = robot.lookup("#unitSelector").queryAs(ComboBox.class);
        Department department = window.document().department();

        assertThat(selector.getItems()).hasSize(101);
        assertThat(selector.getItems().subList(0, 100)).containsExactlyElementsOf(department.units());
        assertThat(selector.getItems().get(100)).isSameAs(department.consolidated());
        assertThat(selector.getConverter().toString(department.ownUnit())).isEqualTo("基准测试部门（本级）");
        assertThat(selector.getConverter().toString(department.consolidated())).isEqualTo("部门汇总（只读）");
        assertThat(selector.getValue()).isSameAs(department.ownUnit());
        assertThat(selector.getParent().isVisible()).isTrue();

        robot.interact(() -> selector.getSelectionModel().select(department.units().get(42)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().viewedUnitProperty().get()).isSameAs(department.units().get(42));
        ListCell<?> shown = selector.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                .map(ListCell.class::cast).findFirst().orElseThrow();
        assertThat(shown.getText()).isEqualTo("下属单位42");

        robot.interact(() -> window.document().viewedUnitProperty().set(department.consolidated()));
        assertThat(selector.getValue()).isSameAs(department.consolidated());
    }

    @Test
    void aLoneUnitHidesTheSelector(FxRobot robot) throws Exception {
        Department sample = SampleProject.load();
        robot.interact(() -> window.document().open(sample, null));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Unit> selector = robot.lookup("#unitSelector").queryAs(ComboBox.class);

        assertThat(sample.subordinateCount()).isZero();
        assertThat(selector.getParent().isVisible()).isFalse();
        assertThat(selector.getItems()).containsExactly(sample.ownUnit());
    }
}
