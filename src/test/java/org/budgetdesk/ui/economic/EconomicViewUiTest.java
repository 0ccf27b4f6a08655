package org.budgetdesk.ui.economic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EconomicViewUiTest {
    private static final int TOTAL_ROW = 0;
    private static final int PUBLIC_ROW = 2;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private EconomicView view;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        view = new EconomicView(document, messages);
        stage.setScene(new Scene((Parent) view.node(), 1200, 700));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<EconomicRow> table(FxRobot robot) {
        return robot.lookup("#economicTable").queryAs(TreeTableView.class);
    }

    private int rowOf(FxRobot robot, String code) {
        TreeTableView<EconomicRow> table = table(robot);
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            if (code.equals(table.getTreeItem(i).getValue().code())) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private String cellText(FxRobot robot, int row, String columnId) {
        robot.interact(() -> table(robot).scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .map(TreeTableCell::getText)
                .findFirst().orElseThrow();
    }

    private void focus(FxRobot robot, int row, String columnId) {
        TreeTableView<EconomicRow> table = table(robot);
        robot.interact(() -> {
            TreeTableColumn<EconomicRow, ?> column = table.getColumns().stream()
                    .filter(candidate -> columnId.equals(candidate.getId())).findFirst().orElseThrow();
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String agreement(FxRobot robot) {
        return robot.lookup("#economicAgreement").queryAs(Label.class).getText();
    }

    @Test
    void typingIntoALineUpdatesTheTotalsAndTheAgreementAndUndoRestoresThem(FxRobot robot) {
        EconomicLine office = department.ownUnit().economic().find("30201").orElseThrow();
        String total = cellText(robot, TOTAL_ROW, "current");
        String publicCosts = cellText(robot, PUBLIC_ROW, "current");
        assertThat(total).isEqualTo("658.17");
        assertThat(agreement(robot)).isEqualTo("人员经费、公用经费与功能分类一致");

        focus(robot, rowOf(robot, "30201"), "current");
        robot.write("41").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(office.current().get()).isEqualByComparingTo("410000");
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("659.17");
        assertThat(cellText(robot, PUBLIC_ROW, "current")).isNotEqualTo(publicCosts);
        assertThat(agreement(robot)).startsWith("公用经费与功能分类相差 1.00 万元");

        robot.interact(() -> document.undoManager().undo());

        assertThat(office.current().get()).isEqualByComparingTo("400000");
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo(total);
        assertThat(agreement(robot)).isEqualTo("人员经费、公用经费与功能分类一致");
    }

    @Test
    void columnsFollowTable2Dash1AndTotalAndProjectAddUpOnEveryRow(FxRobot robot) {
        assertThat(table(robot).getVisibleLeafColumns()).extracting(column -> column.getId())
                .startsWith("code", "name", "total", "current", "project");
        assertThat(table(robot).getVisibleLeafColumns().get(3).getText()).isEqualTo("基本支出");
        EconomicLine office = department.ownUnit().economic().find("30201").orElseThrow();
        int row = rowOf(robot, "30201");
        int classRow = rowOf(robot, "302");
        String classProject = cellText(robot, classRow, "project");

        focus(robot, row, "project");
        robot.write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(office.project().get()).isEqualByComparingTo("50000");
        assertThat(cellText(robot, row, "total")).isEqualTo("45.00");
        assertThat(cellText(robot, classRow, "project")).as("the 类 adds its lines' 项目支出")
                .isEqualTo(new java.math.BigDecimal(classProject).add(new java.math.BigDecimal("5.00")).toPlainString());
        assertThat(cellText(robot, TOTAL_ROW, "total")).isEqualTo(
                new java.math.BigDecimal("658.17").add(new java.math.BigDecimal(cellText(robot, TOTAL_ROW, "project")))
                        .toPlainString());
    }

    @Test
    void escapeCancelsAndInvalidTextIsRefused(FxRobot robot) {
        EconomicLine office = department.ownUnit().economic().find("30201").orElseThrow();
        int row = rowOf(robot, "30201");

        focus(robot, row, "prior");
        robot.write("5").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(office.prior().get()).as("the sample's economic priors are not published").isNull();

        focus(robot, row, "prior");
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.sheet().messageProperty().get()).isEqualTo("30201 办公费，“上年基本支出”：“abc”不是数字。");
        assertThat(office.prior().get()).isNull();
        robot.type(KeyCode.ESCAPE);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void derivedRowsAreNotEdited(FxRobot robot) {
        focus(robot, TOTAL_ROW, "current");
        robot.write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("658.17");
        assertThat(table(robot).getEditingCell()).isNull();

        focus(robot, rowOf(robot, "30201"), "current");
        robot.write("41").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("659.17");
    }

    @Test
    void toolbarAddsALineByCodeAndRefusesADuplicate(FxRobot robot) {
        robot.clickOn("#economicAddCode").write("30203").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().economic().find("30203")).isPresent();
        assertThat(table(robot).getTreeItem(rowOf(robot, "30203")).getValue().name()).isEqualTo("咨询费");

        robot.clickOn("#economicAddCode").write("30203").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#economicAddProblem").queryAs(Label.class).getText()).isEqualTo("已有科目30203。");
        assertThat(robot.lookup("#economicAddCode").queryAs(TextField.class).getText()).isEqualTo("30203");

        focus(robot, rowOf(robot, "30203"), "name");
        robot.clickOn("#economicRemove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.ownUnit().economic().find("30203")).isEmpty();
    }

    @Test
    void theFundsOfALineAreEnteredInADialogAsOneUndoableEdit(FxRobot robot) {
        EconomicLine line = department.ownUnit().economic().find("30201").orElseThrow(); // 办公费 40.00万元
        focus(robot, rowOf(robot, "30201"), "name");
        robot.clickOn("#economicFunds");
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("#fundNON_FISCAL").eraseText(4).write("50");
        assertThat(robot.lookup("#fundGeneral").queryAs(Label.class).getText()).isEqualTo("由一般公共预算安排：-10.00万元");
        robot.clickOn("#fundsApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fundProblem").queryAs(Label.class).getText())
                .isEqualTo("其他资金合计50.00，超过了该科目本年基本支出40.00。");
        assertThat(line.isSplit()).isFalse();

        robot.doubleClickOn("#fundNON_FISCAL").eraseText(4).write("12.5");
        robot.clickOn("#fundsApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fundsDialog").tryQuery()).isEmpty();
        assertThat(line.share(Fund.NON_FISCAL)).isEqualByComparingTo("125000.00");
        assertThat(line.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("275000.00");

        robot.interact(() -> document.undoManager().undo());
        assertThat(line.isSplit()).isFalse();
    }

    @Test
    void aSuggestionPickedWithTheKeyboardFillsTheField(FxRobot robot) {
        robot.clickOn("#economicAddCode").write("差旅");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#economicAddCode").queryAs(TextField.class).getText()).isEqualTo("30211 差旅费");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.ownUnit().economic().find("30211")).isPresent();
        assertThat(robot.lookup("#economicAddProblem").queryAs(Label.class).getText()).isEqualTo("已有科目30211。");
    }

    @Test
    void columnsAreWideEnoughForTheirHeaders(FxRobot robot) {
        for (TreeTableColumn<EconomicRow, ?> column : table(robot).getColumns()) {
            Text header = new Text(column.getText());
            assertThat(header.getLayoutBounds().getWidth() + 20).as(column.getText())
                    .isLessThanOrEqualTo(column.getWidth());
        }
    }
}
