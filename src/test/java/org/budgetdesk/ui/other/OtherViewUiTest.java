package org.budgetdesk.ui.other;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.VehicleUse;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OtherViewUiTest {
    private Department department;
    private Document document;

    /** Monocle's headless screen is 1280×800, so the scene is 1280 wide: a bit narrower than the 1366×768 target. */
    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        OtherView view = new OtherView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        Scene scene = new Scene((Parent) view.node(), 1280, 768);
        scene.getStylesheets().add(org.budgetdesk.ui.MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anEmptySheetSaysSoInChinese(FxRobot robot) {
        TreeTableView<?> indicators = robot.lookup("#overallIndicators").queryAs(TreeTableView.class);
        assertThat(indicators.getExpandedItemCount()).isZero();
        assertThat(((Label) indicators.getPlaceholder()).getText()).isEqualTo("暂无内容");
    }

    @Test
    void aNegativeVehicleCountIsRefusedVisiblyAndLeavesTheModel(FxRobot robot) {
        replaceText(robot, "#vehiclesGENERAL_OFFICIAL", "-1");

        assertThat(label(robot, "#assetsFormMessage")).isEqualTo("“-1”是负数，数量不能为负。");
        assertThat(robot.lookup("#assetsFormMessage").queryAs(Label.class).isVisible()).isTrue();
        assertThat(department.ownUnit().assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(1);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();

        replaceText(robot, "#vehiclesGENERAL_OFFICIAL", "2");
        assertThat(label(robot, "#assetsFormMessage")).isEmpty();
        assertThat(label(robot, "#vehicleTotal")).isEqualTo("2");
    }

    @Test
    void aRefusedAmountMarksItsFieldRedWithTheReasonAsTooltipUntilAnAcceptedEdit(FxRobot robot) {
        TextField field = robot.lookup("#operatingCostsCurrent").queryAs(TextField.class);
        assertThat(field.getStyleClass()).doesNotContain("error");

        replaceText(robot, "#operatingCostsCurrent", "12元3");

        assertThat(field.getStyleClass()).contains("error");
        assertThat(field.getTooltip()).isNotNull();
        assertThat(field.getTooltip().getText()).isNotBlank().isEqualTo(label(robot, "#operatingCostsFormMessage"));
        assertThat(field.getBorder()).isNotNull();
        assertThat(field.getBorder().getStrokes().get(0).getTopStroke()).isEqualTo(Color.web("#c42b1c"));

        replaceText(robot, "#operatingCostsCurrent", "200");

        assertThat(field.getStyleClass()).doesNotContain("error");
        assertThat(field.getTooltip()).isNull();
    }

    @Test
    void operatingCostsAboveThePublicCostsShowAWarningUntilUndone(FxRobot robot) {
        assertThat(label(robot, "#operatingCostsWarning")).isEmpty();

        replaceText(robot, "#operatingCostsCurrent", "200");
        assertThat(department.ownUnit().operatingCosts().current().get()).isEqualByComparingTo("2000000");
        assertThat(label(robot, "#operatingCostsChange")).isEqualTo("132.79");
        assertThat(label(robot, "#operatingCostsWarning")).contains("超过公用经费196.80万元");

        robot.interact(() -> document.undoManager().undo());
        robot.clickOn("#procurementGoods");
        assertThat(robot.lookup("#operatingCostsCurrent").queryAs(TextField.class).getText()).isEqualTo("181.30");
        assertThat(label(robot, "#operatingCostsWarning")).isEmpty();
    }

    @Test
    void procurementShowsNoneUntilAFigureIsEntered(FxRobot robot) {
        assertThat(robot.lookup("#procurementNone").queryAs(Label.class).isVisible()).isTrue();

        replaceText(robot, "#procurementGoods", "1,000");
        assertThat(label(robot, "#procurementTotal")).isEqualTo("1,000.00");
        assertThat(robot.lookup("#procurementNone").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theAddProjectButtonAddsARowAndUndoRemovesIt(FxRobot robot) {
        robot.clickOn("#addProject");
        TreeTableView<?> table = robot.lookup("#performanceTable").queryAs(TreeTableView.class);
        assertThat(table.getExpandedItemCount()).isEqualTo(3);
        assertThat(department.ownUnit().performance().projects()).hasSize(3);

        robot.interact(() -> document.undoManager().undo());
        assertThat(table.getExpandedItemCount()).isEqualTo(2);
    }

    @Test
    void anIndicatorIsAddedToTheProjectUnderTheCursorTypedIntoAndUndone(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<org.budgetdesk.model.PerformanceProject> projects =
                robot.lookup("#performanceTable").queryAs(javafx.scene.control.TreeTableView.class);
        robot.interact(() -> {
            projects.getSelectionModel().clearAndSelect(1, projects.getVisibleLeafColumn(0));
            projects.getFocusModel().focus(1, projects.getVisibleLeafColumn(0));
        });
        org.budgetdesk.model.PerformanceProject second = department.ownUnit().performance().projects().get(1);

        robot.interact(() -> robot.lookup("#projectIndicatorsAdd").queryButton().fire());
        robot.write("送达率").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second.indicators()).hasSize(1);
        assertThat(second.indicators().get(0).level1().get()).isEqualTo("送达率");
        assertThat(department.ownUnit().performance().projects().get(0).indicators()).isEmpty();

        robot.interact(() -> document.undoManager().undo());
        robot.interact(() -> document.undoManager().undo());
        assertThat(second.indicators()).isEmpty();
    }

    @Test
    void theOverallGoalsAreEnteredForTheViewedUnit(FxRobot robot) {
        javafx.scene.control.TextArea goals = robot.lookup("#overallGoals").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> goals.requestFocus());
        robot.write("保障社保经办");
        robot.interact(() -> robot.lookup("#overallIndicatorsAdd").queryButton().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().performance().overallGoals().get()).isEqualTo("保障社保经办");
        assertThat(department.consolidated().performance().overallGoals().get()).isEqualTo("保障社保经办");
    }
}
