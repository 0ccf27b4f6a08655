package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.MainWindow;
import org.budgetdesk.ui.MainWindows;
import org.budgetdesk.ui.SheetRobot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys a spreadsheet user reaches for, in the functional tree. Rows of the sample: 0 合计, 1 类208, 2 款20801,
 * 3 项2080101, 4 项2080109, 5 款20805, 6 项2080505, 7 项2080506, 8 项2080599, 9 类210, …; columns code, name,
 * source, personnel, publicCosts, project, total (derived), prior, change, rate, share, purpose.
 */
@ExtendWith(ApplicationExtension.class)
class SpreadsheetKeysUiTest {
    private static final String TABLE = "functionalTable";
    private MainWindow window;
    private Department department;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        window = MainWindows.showing(stage, department);
    }

    @BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    private FunctionalLine line(String code) {
        return department.ownUnit().functional().find(code, FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
    }

    private String focused(SheetRobot sheet) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTablePosition<?, ?> focus = sheet.table(TABLE).getFocusModel().getFocusedCell();
        return focus.getRow() + ":" + focus.getTableColumn().getId();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + TABLE + "Message").queryLabeled().getText();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void tabAndEnterPassOverCalculatedCells(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 3, "project");
        robot.write("1").type(KeyCode.TAB);
        assertThat(focused(sheet)).as("Tab passed over 合计").isEqualTo("3:prior");

        sheet.focus(TABLE, 4, "personnel");
        robot.write("2").type(KeyCode.ENTER);
        assertThat(focused(sheet)).as("Enter passed over the 款 row").isEqualTo("6:personnel");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(focused(sheet)).as("and over 类210 and 款21011").isEqualTo("11:personnel");
        assertThat(line("2080101").project().get()).isEqualByComparingTo("10000.00");
        assertThat(line("2080109").personnel().get()).isEqualByComparingTo("20000.00");
    }

    @Test
    void typingOnACalculatedCellSaysWhyNamingTheRow(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 2, "personnel");
        robot.write("5");
        assertThat(message(robot)).contains("20801 人力资源和社会保障管理事务").contains("计算得出");

        sheet.focus(TABLE, 3, "total");
        robot.type(KeyCode.F2);
        assertThat(message(robot)).contains("2080101 行政运行").contains("合计");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void typingInReviewModeSaysTheProjectIsInReview(FxRobot robot) {
        robot.interact(() -> window.document().reviewModeProperty().set(true));
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 3, "personnel");
        robot.write("5");
        assertThat(message(robot)).contains("审阅模式");
        assertThat(line("2080101").personnel().get()).isEqualByComparingTo("3177040.00");
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreAccepted(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 3, "personnel");
        robot.write("１２３．４５").type(KeyCode.ENTER);
        assertThat(line("2080101").personnel().get()).isEqualByComparingTo("1234500.00");

        robot.interact(() -> window.document().displayUnitProperty().set(org.budgetdesk.format.DisplayUnit.YUAN));
        sheet.focus(TABLE, 4, "personnel");
        robot.write("1,234.56").type(KeyCode.ENTER);
        assertThat(line("2080109").personnel().get()).isEqualByComparingTo("1234.56");
    }

    @Test
    void ctrlDFillsDownAndDeleteClearsABlockInOneUndoStep(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.select(TABLE, 6, "personnel", 8, "publicCosts");
        shortcut(robot, KeyCode.D);
        assertThat(line("2080599").personnel().get()).isEqualByComparingTo("474600.00");
        assertThat(line("2080506").personnel().get()).isEqualByComparingTo("474600.00");
        assertThat(line("2080599").publicCosts().get()).isEqualByComparingTo(line("2080505").publicCosts().get());

        robot.type(KeyCode.DELETE);
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("0.00");
        assertThat(line("2080599").personnel().get()).isEqualByComparingTo("0.00");
        shortcut(robot, KeyCode.Z);
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("474600.00");
        assertThat(line("2080599").personnel().get()).isEqualByComparingTo("474600.00");
        shortcut(robot, KeyCode.Z);
        assertThat(line("2080599").personnel().get()).isEqualByComparingTo("0.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void ctrlArrowJumpsToTheEdgeOfTheBlock(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        int last = sheet.table(TABLE).getExpandedItemCount() - 1;
        sheet.focus(TABLE, 3, "personnel");
        shortcut(robot, KeyCode.DOWN);
        assertThat(focused(sheet)).isEqualTo(last + ":personnel");
        shortcut(robot, KeyCode.UP);
        assertThat(focused(sheet)).isEqualTo("0:personnel");
        shortcut(robot, KeyCode.RIGHT);
        assertThat(focused(sheet)).as("the 合计 row has no 用途说明: the block ends at 占比").isEqualTo("0:share");
    }

    @Test
    void tabInAMultiLineFieldMovesTheFocusAndCtrlTabTypesATab(FxRobot robot) {
        new SheetRobot(robot).showTab("overviewTab");
        TextArea purpose = robot.lookup("#appropriationPurpose").queryAs(TextArea.class);
        String before = purpose.getText();
        robot.interact(() -> {
            purpose.requestFocus();
            purpose.end();
        });
        robot.write("用于").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focusOwner = purpose.getScene().getFocusOwner();
        assertThat(focusOwner).isNotSameAs(purpose);
        assertThat(purpose.getText()).isEqualTo(before + "用于");

        robot.interact(() -> {
            purpose.requestFocus();
            purpose.end();
        });
        shortcut(robot, KeyCode.TAB);
        assertThat(purpose.getText()).isEqualTo(before + "用于\t");
        assertThat(purpose.isFocused()).isTrue();
    }
}
