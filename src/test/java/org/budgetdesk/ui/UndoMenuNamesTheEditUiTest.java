package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.ui.economic.EconomicRow;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 编辑 → 撤销 and 重做 name the edit they would take back or make again. */
@ExtendWith(ApplicationExtension.class)
class UndoMenuNamesTheEditUiTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = MainWindows.showing(stage, SampleProject.load());
    }

    @Test
    void undoAndRedoSayWhatTheyWouldDo(FxRobot robot) {
        assertThat(MenuRobot.item(stage, "menuUndo").getText()).isEqualTo("撤销(_U)");

        robot.interact(() -> window.document().undoManager().execute(Edits.setAmount(
                window.document().department().ownUnit().operatingCosts().current(), new BigDecimal("1000.00"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MenuRobot.item(stage, "menuUndo").getText()).isEqualTo("撤销(_U) 修改金额");

        robot.interact(() -> window.document().undoManager().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MenuRobot.item(stage, "menuUndo").getText()).isEqualTo("撤销(_U)");
        assertThat(MenuRobot.item(stage, "menuRedo").getText()).isEqualTo("重做(_R) 修改金额");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditTypedIntoACellNamesTheCell(FxRobot robot) {
        robot.interact(() -> ((TabPane) stage.getScene().lookup("#sectionTabs")).getSelectionModel()
                .select(((TabPane) stage.getScene().lookup("#sectionTabs")).getTabs().stream()
                        .filter(tab -> "economicTab".equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<EconomicRow> table = robot.lookup("#economicTable").queryAs(TreeTableView.class);
        robot.interact(() -> {
            int row = 0;
            while (!"30201".equals(table.getTreeItem(row).getValue().code())) {
                row++;
            }
            TreeTableColumn<EconomicRow, ?> column = table.getColumns().stream()
                    .filter(candidate -> "current".equals(candidate.getId())).findFirst().orElseThrow();
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
            table.requestFocus();
        });
        robot.write("41").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(MenuRobot.item(stage, "menuUndo").getText()).isEqualTo("撤销(_U) 修改金额 30201 办公费 基本支出");
    }
}
