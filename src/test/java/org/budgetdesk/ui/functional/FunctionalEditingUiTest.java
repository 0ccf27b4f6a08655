package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.MainWindow;
import org.budgetdesk.ui.MainWindows;
import org.budgetdesk.ui.SheetRobot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing the functional spending table as a person does. Rows of the sample: 0 合计, 1 类208, 2 款20801,
 * 3 项2080101, 4 项2080109, 5 款20805, 6 项2080505, 7 项2080506, 8 项2080599, 9 类210, …
 */
@ExtendWith(ApplicationExtension.class)
class FunctionalEditingUiTest {
    private static final String TABLE = "functionalTable";
    private MainWindow window;
    private Department department;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        window = MainWindows.showing(stage, department);
    }

    @org.junit.jupiter.api.BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    private FunctionalLine line(String code) {
        return department.ownUnit().functional().find(code, FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
    }

    @Test
    void typingAFigureUpdatesSubtotalsTotalShareAndChange(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        assertThat(sheet.text(TABLE, 2, "total")).isEqualTo("617.99");

        sheet.focus(TABLE, 3, "personnel");
        robot.write("400").type(KeyCode.ENTER);

        assertThat(line("2080101").personnel().get()).isEqualByComparingTo("4000000.00");
        assertThat(sheet.text(TABLE, 3, "personnel")).isEqualTo("400.00");
        assertThat(sheet.text(TABLE, 3, "total")).isEqualTo("470.44");
        assertThat(sheet.text(TABLE, 2, "total")).isEqualTo("700.29");
        assertThat(sheet.text(TABLE, 1, "total")).isEqualTo("772.88");
        assertThat(sheet.text(TABLE, 0, "total")).isEqualTo("845.35");
        assertThat(sheet.text(TABLE, 1, "share")).isEqualTo("91.43%");
        assertThat(sheet.text(TABLE, 3, "change")).isEqualTo("100.44");
        assertThat(sheet.text(TABLE, 4, "personnel")).as("Enter moved down a row and left it alone")
                .isEqualTo("0.00");
    }

    @Test
    void invalidEntryIsRefusedWithItsMessageAndTheModelIsUntouched(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 3, "personnel");
        robot.write("12a").type(KeyCode.ENTER);

        assertThat(robot.lookup("#" + TABLE + "Message").queryLabeled().getText()).contains("12a").contains("不是数字");
        assertThat(line("2080101").personnel().get()).isEqualByComparingTo("3177040.00");
        robot.type(KeyCode.ESCAPE);
        assertThat(sheet.text(TABLE, 3, "personnel")).isEqualTo("317.70");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void escapeCancelsAnEditAndTabMovesRight(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 6, "personnel");
        robot.write("9").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("474600.00");

        robot.write("50").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("500000.00");
        assertThat(line("2080505").publicCosts().get()).isEqualByComparingTo("10000.00");
    }

    @Test
    void pastingABlockIsOneUndoStep(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\t2\r\n3\t4\r\n5\t6\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        sheet.focus(TABLE, 6, "personnel");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("10000.00");
        assertThat(line("2080505").publicCosts().get()).isEqualByComparingTo("20000.00");
        assertThat(line("2080506").personnel().get()).isEqualByComparingTo("30000.00");
        assertThat(line("2080506").publicCosts().get()).isEqualByComparingTo("40000.00");
        assertThat(line("2080599").personnel().get()).isEqualByComparingTo("50000.00");
        assertThat(line("2080599").publicCosts().get()).isEqualByComparingTo("60000.00");
        assertThat(sheet.text(TABLE, 5, "total")).isEqualTo("21.00");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("474600.00");
        assertThat(line("2080599").publicCosts().get()).isEqualByComparingTo("14000.00");
        assertThat(sheet.text(TABLE, 5, "total")).isEqualTo("72.59");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void pasteWithABadCellChangesNothingAndSaysWhich(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\tx\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        sheet.focus(TABLE, 6, "personnel");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#" + TABLE + "Message").queryLabeled().getText())
                .contains("2080505 机关事业单位基本养老保险缴费支出，“公用经费”列").doesNotContain("第7行").contains("“x”");
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("474600.00");
    }

    @Test
    void copyGivesTheSelectedBlockAsTabSeparatedText(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.select(TABLE, 6, "personnel", 7, "publicCosts");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("47.46\t0.00\r\n23.73\t0.00\r\n");
    }

    @Test
    void deleteClearsTheSelectedEnteredCells(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.select(TABLE, 6, "personnel", 7, "personnel");
        robot.type(KeyCode.DELETE);
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(line("2080506").personnel().get()).isEqualByComparingTo(BigDecimal.ZERO);
        robot.interact(() -> window.document().undoManager().undo());
        assertThat(line("2080506").personnel().get()).isEqualByComparingTo("237300.00");
    }

    @Test
    void derivedCellsAreNotEditable(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus(TABLE, 2, "personnel");
        robot.write("5").type(KeyCode.ENTER);
        assertThat(department.ownUnit().functional().sections().get("20801").personnel().get())
                .isEqualByComparingTo("3177040.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }
}
