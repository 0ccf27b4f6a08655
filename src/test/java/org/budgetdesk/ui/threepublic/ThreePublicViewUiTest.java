package org.budgetdesk.ui.threepublic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThreePublicViewUiTest {
    private static final int TOTAL_ROW = 0;
    private static final int RECEPTION_ROW = 2;

    private Department department;
    private Document document;

    /** Monocle's headless screen is 1280×800, so the scene is 1280 wide: a bit narrower than the 1366×768 target. */
    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        ThreePublicView view = new ThreePublicView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 768));
        stage.show();
    }

    @SuppressWarnings("rawtypes")
    private static TreeTableCell cell(FxRobot robot, String columnId, int row) {
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row && !cell.isEmpty())
                .findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String columnId, int row) {
        return cell(robot, columnId, row).getText();
    }

    @Test
    void typingReceptionUpdatesTheTotalAndUndoRestoresIt(FxRobot robot) {
        assertThat(text(robot, "threePublicCurrent", TOTAL_ROW)).isEqualTo("3.00");

        robot.clickOn(cell(robot, "threePublicCurrent", RECEPTION_ROW));
        robot.write("4.5");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().threePublic().reception().current().get()).isEqualByComparingTo("45000");
        assertThat(text(robot, "threePublicCurrent", TOTAL_ROW)).isEqualTo("4.50");
        assertThat(text(robot, "threePublicChange", TOTAL_ROW)).isEqualTo("0.62");

        robot.interact(() -> document.undoManager().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "threePublicCurrent", TOTAL_ROW)).isEqualTo("3.00");
        assertThat(department.ownUnit().threePublic().reception().current().get()).isEqualByComparingTo("30000");
    }

    @Test
    void typingNotPublishedIntoAPriorLeavesTheTotalUncomparedAndUndoRestoresIt(FxRobot robot) {
        assertThat(text(robot, "threePublicPrior", TOTAL_ROW)).isEqualTo("3.88");

        robot.clickOn(cell(robot, "threePublicPrior", RECEPTION_ROW));
        robot.write("未公开");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().threePublic().reception().prior().get()).isNull();
        assertThat(text(robot, "threePublicPrior", RECEPTION_ROW)).isEqualTo("未公开");
        assertThat(text(robot, "threePublicPrior", TOTAL_ROW)).isEqualTo("未公开");
        assertThat(text(robot, "threePublicChange", TOTAL_ROW)).isEmpty();
        assertThat(text(robot, "threePublicRate", TOTAL_ROW)).isEqualTo("—");

        robot.interact(() -> document.undoManager().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "threePublicPrior", TOTAL_ROW)).isEqualTo("3.88");
        assertThat(department.ownUnit().threePublic().reception().prior().get()).isEqualByComparingTo("38800");
    }

    @Test
    void theReceptionPlanCommitsWhenTheFocusLeavesAndFollowsUndo(FxRobot robot) {
        TextArea plan = robot.lookup("#receptionPlanText").queryAs(TextArea.class);
        robot.clickOn(plan);
        robot.interact(plan::selectAll);
        robot.write("plan B");
        assertThat(department.ownUnit().threePublic().receptionPlan().get()).startsWith("接待部");

        robot.clickOn("#threePublicReasonText");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.ownUnit().threePublic().receptionPlan().get()).isEqualTo("plan B");

        robot.interact(() -> document.undoManager().undo());
        assertThat(plan.getText()).startsWith("接待部");
    }

    @Test
    void theConsolidatedViewDisablesTheTexts(FxRobot robot) {
        robot.interact(() -> document.viewedUnitProperty().set(department.consolidated()));

        assertThat(robot.lookup("#receptionPlanText").queryAs(TextArea.class).isDisabled()).isTrue();
        assertThat(text(robot, "threePublicCurrent", TOTAL_ROW)).isEqualTo("3.00");
    }
}
