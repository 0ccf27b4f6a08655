package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 编辑 → 剪切/复制/粘贴/删除/全选 act on what has the focus; 查找 finds a code or a name across the tabs. */
@ExtendWith(ApplicationExtension.class)
class EditMenuUiTest {
    private static final String TABLE = "functionalTable";
    private Stage stage;
    private MainWindow window;
    private Department department;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        department = SampleProject.load();
        window = MainWindows.showing(stage, department);
    }

    private FunctionalLine line(String code) {
        return department.ownUnit().functional().find(code, FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void theMenusHaveAltMnemonics() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#mainMenu");
        assertThat(bar.getMenus()).extracting(Menu::getText)
                .containsExactly("文件(_F)", "编辑(_E)", "视图(_V)", "工具(_T)");
        assertThat(bar.getMenus()).allMatch(Menu::isMnemonicParsing);
        assertThat(MenuRobot.item(stage, "menuOpen").getText()).isEqualTo("打开(_O)…");
        assertThat(MenuRobot.item(stage, "menuPaste").getText()).isEqualTo("粘贴(_P)");
    }

    @Test
    void copyCutPasteAndDeleteFromTheMenuActOnTheTable(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.select(TABLE, 6, "personnel", 7, "personnel");
        MenuRobot.choose(robot, stage, "menuCopy");
        assertThat(clipboard(robot)).isEqualTo("47.46\r\n23.73\r\n");

        sheet.focus(TABLE, 3, "project");
        MenuRobot.choose(robot, stage, "menuPaste");
        assertThat(line("2080101").project().get()).isEqualByComparingTo("474600.00");
        assertThat(line("2080109").project().get()).isEqualByComparingTo("237300.00");

        sheet.select(TABLE, 3, "project", 4, "project");
        MenuRobot.choose(robot, stage, "menuDelete");
        assertThat(line("2080109").project().get()).isEqualByComparingTo("0.00");

        sheet.select(TABLE, 6, "personnel", 6, "personnel");
        MenuRobot.choose(robot, stage, "menuCut");
        assertThat(clipboard(robot)).isEqualTo("47.46\r\n");
        assertThat(line("2080505").personnel().get()).isEqualByComparingTo("0.00");
        assertThat(MenuRobot.item(stage, "menuUndo").getText()).isEqualTo("撤销(_U) 剪切");
    }

    @Test
    void inATextFieldTheKeysAndTheMenuActOnTheTextOnce(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
        TextField code = robot.lookup("#addLineCode").queryAs(TextField.class);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("20801");
            Clipboard.getSystemClipboard().setContent(content);
            code.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(code.getText()).isEqualTo("20801");

        robot.interact(() -> code.positionCaret(0));
        robot.type(KeyCode.DELETE);
        assertThat(code.getText()).isEqualTo("0801");
        MenuRobot.choose(robot, stage, "menuSelectAll");
        MenuRobot.choose(robot, stage, "menuDelete");
        assertThat(code.getText()).isEmpty();
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void findGoesToACodeOrNameAcrossTheTabs(FxRobot robot) {
        assertThat(robot.lookup("#findField").tryQuery()).as("the bar joins the window when first opened").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("2101101").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sectionTabs().selectedId()).isEqualTo("functionalTab");
        assertThat(focusedLabel(robot, TABLE)).isEqualTo(11);
        assertThat(robot.lookup("#findResult").queryLabeled().getText()).contains("2101101");

        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        assertThat(find.isFocused()).as("Enter again finds the next").isTrue();
        robot.interact(() -> find.setText("办公费"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sectionTabs().selectedId()).isEqualTo("economicTab");

        robot.interact(() -> find.setText("没有这个科目"));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#findResult").queryLabeled().getText()).contains("没有找到");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#findBar").query().isVisible()).isFalse();
    }

    private static int focusedLabel(FxRobot robot, String table) {
        TreeTablePosition<?, ?> focus = new SheetRobot(robot).table(table).getFocusModel().getFocusedCell();
        return focus.getRow();
    }
}
