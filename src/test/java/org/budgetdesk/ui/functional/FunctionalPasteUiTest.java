package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.scene.control.TextField;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pasting blocks copied from a spreadsheet into the functional tree, as plain tab-separated text and as the HTML
 * LibreOffice Calc puts on the clipboard. Rows of the sample: 0 合计, 1 类208, 2 款20801, 3 项2080101,
 * 4 项2080109, 5 款20805, 6 项2080505, 7 项2080506, 8 项2080599, 9 类210, 10 款21011, 11 项2101101, …
 */
@ExtendWith(ApplicationExtension.class)
class FunctionalPasteUiTest {
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

    private Optional<FunctionalLine> line(String code) {
        return department.ownUnit().functional().find(code, FundingSource.GENERAL_PUBLIC_BUDGET);
    }

    private static void putOnClipboard(FxRobot robot, String text, String html) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (text != null) {
                content.putString(text);
            }
            if (html != null) {
                content.putHtml(html);
            }
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FunctionalPasteUiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void paste(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void plainTextFillsTheItemRowsPassingOverTheSectionRowAsOneUndoStep(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, "1\t2\r\n3\t4\r\n5\t6\r\n", null);
        sheet.focus(TABLE, 4, "personnel");
        paste(robot);

        assertThat(line("2080109").orElseThrow().personnel().get()).isEqualByComparingTo("10000.00");
        assertThat(line("2080109").orElseThrow().publicCosts().get()).isEqualByComparingTo("20000.00");
        assertThat(line("2080505").orElseThrow().personnel().get()).isEqualByComparingTo("30000.00");
        assertThat(line("2080506").orElseThrow().publicCosts().get()).isEqualByComparingTo("60000.00");
        assertThat(line("2080599").orElseThrow().personnel().get()).as("the block had three rows")
                .isEqualByComparingTo("0.00");
        assertThat(sheet.text(TABLE, 5, "personnel")).as("款20805 adds its lines").isEqualTo("8.00");

        undo(robot);
        assertThat(line("2080109").orElseThrow().personnel().get()).isEqualByComparingTo("0.00");
        assertThat(line("2080505").orElseThrow().personnel().get()).isEqualByComparingTo("474600.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void libreOfficeHtmlFillsTheItemRowsUnderTwoSections(FxRobot robot) throws IOException {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, null, fixture("libreoffice-amounts.html"));
        sheet.focus(TABLE, 4, "personnel");
        paste(robot);

        assertThat(line("2080109").orElseThrow().personnel().get()).as("“1,234.50” as LibreOffice shows it")
                .isEqualByComparingTo("12345000.00");
        assertThat(line("2080109").orElseThrow().publicCosts().get()).isEqualByComparingTo("20000.00");
        assertThat(line("2080505").orElseThrow().personnel().get()).isEqualByComparingTo("30000.00");
        assertThat(line("2080506").orElseThrow().publicCosts().get()).isEqualByComparingTo("60000.00");
        undo(robot);
        assertThat(line("2080506").orElseThrow().publicCosts().get()).isEqualByComparingTo("0.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void aBlockWithCodesGoesToItsLinesAndAddsTheMissingOnes(FxRobot robot) throws IOException {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, null, fixture("libreoffice-codes.html"));
        sheet.focus(TABLE, 11, "code");
        paste(robot);

        assertThat(line("2080101").orElseThrow().personnel().get()).isEqualByComparingTo("100000.00");
        assertThat(line("2080101").orElseThrow().publicCosts().get()).isEqualByComparingTo("200000.00");
        assertThat(line("2080199").orElseThrow().publicCosts().get()).isEqualByComparingTo("400000.00");
        assertThat(line("2100101").orElseThrow().personnel().get()).isEqualByComparingTo("500000.00");
        assertThat(department.ownUnit().functional().sections()).containsKey("21001");
        assertThat(robot.lookup("#" + TABLE + "Message").queryLabeled().getText())
                .contains("已添加2个科目").contains("2080199").contains("已跳过1行");

        undo(robot);
        assertThat(line("2080199")).isEmpty();
        assertThat(line("2100101")).isEmpty();
        assertThat(line("2080101").orElseThrow().personnel().get()).isEqualByComparingTo("3177040.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void aBlockWithCodesAndTabsAddsTheLineOfTheNamedSource(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, "2080101\t行政运行\t政府性基金预算拨款\t7\r\n20801\t人力资源和社会保障管理事务\t\t\r\n", null);
        sheet.focus(TABLE, 3, "code");
        paste(robot);

        FunctionalLine fund = department.ownUnit().functional()
                .find("2080101", FundingSource.GOVERNMENT_FUND).orElseThrow();
        assertThat(fund.personnel().get()).isEqualByComparingTo("70000.00");
        assertThat(line("2080101").orElseThrow().personnel().get()).as("the 一般公共预算 line is another line")
                .isEqualByComparingTo("3177040.00");
    }

    @Test
    void aBlockLongerThanTheRowsLeftChangesNothingAndSaysSo(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        int rows = sheet.table(TABLE).getExpandedItemCount();
        putOnClipboard(robot, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", null);
        sheet.focus(TABLE, rows - 1, "personnel");
        paste(robot);

        assertThat(robot.lookup("#" + TABLE + "Message").queryLabeled().getText()).startsWith("未粘贴").contains("10行");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void pastingOneCellIntoAnOpenEditorInsertsItsText(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, "23\r\n", null);
        sheet.focus(TABLE, 3, "personnel");
        robot.write("1");
        paste(robot);
        assertThat(robot.lookup("#cellEditor").queryAs(TextField.class).getText()).isEqualTo("123");
        robot.type(KeyCode.ENTER);

        assertThat(line("2080101").orElseThrow().personnel().get()).isEqualByComparingTo("1230000.00");
    }

    @Test
    void pastingABlockIntoAnOpenEditorPastesTheBlockAtTheCell(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        putOnClipboard(robot, "5\t6\r\n", null);
        sheet.focus(TABLE, 3, "personnel");
        robot.write("9");
        paste(robot);

        assertThat(line("2080101").orElseThrow().personnel().get()).isEqualByComparingTo("50000.00");
        assertThat(line("2080101").orElseThrow().publicCosts().get()).isEqualByComparingTo("60000.00");
        undo(robot);
        assertThat(line("2080101").orElseThrow().personnel().get()).isEqualByComparingTo("3177040.00");
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }
}
