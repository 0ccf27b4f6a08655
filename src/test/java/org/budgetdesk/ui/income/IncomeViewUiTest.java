package org.budgetdesk.ui.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IncomeViewUiTest {
    private static final int OTHER_INCOME_ROW = 9;
    private static final int CURRENT_YEAR_ROW = 10;
    private static final int TOTAL_ROW = 17;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private IncomeView view;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        view = new IncomeView(document, messages);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<IncomeRow> table(FxRobot robot) {
        return robot.lookup("#incomeTable").queryAs(TreeTableView.class);
    }

    private String cellText(FxRobot robot, int row, String columnId) {
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .map(TreeTableCell::getText)
                .findFirst().orElseThrow();
    }

    private void focus(FxRobot robot, int row, String columnId) {
        TreeTableView<IncomeRow> table = table(robot);
        robot.interact(() -> {
            TreeTableColumn<IncomeRow, ?> column = table.getColumns().stream()
                    .filter(candidate -> columnId.equals(candidate.getId())).findFirst().orElseThrow();
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
            table.requestFocus();
        });
    }

    @Test
    void typingIntoASourceUpdatesTheModelAndTheTotalsAndUndoRestoresThem(FxRobot robot) {
        ComparedAmount other = department.ownUnit().income().source(FundingSource.OTHER_INCOME);
        assertThat(table(robot).getTreeItem(OTHER_INCOME_ROW).getValue().source())
                .isEqualTo(FundingSource.OTHER_INCOME);
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("763.06");

        focus(robot, OTHER_INCOME_ROW, "current");
        robot.write("12.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(other.current().get()).isEqualByComparingTo("125000");
        assertThat(cellText(robot, OTHER_INCOME_ROW, "current")).isEqualTo("12.50");
        assertThat(cellText(robot, CURRENT_YEAR_ROW, "current")).isEqualTo("775.56");
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("775.56");
        assertThat(view.sheet().messageProperty().get()).isEmpty();

        robot.interact(() -> document.undoManager().undo());

        assertThat(other.current().get()).isEqualByComparingTo("0");
        assertThat(cellText(robot, TOTAL_ROW, "current")).isEqualTo("763.06");
    }

    @Test
    void escapeCancelsAndInvalidTextIsRefused(FxRobot robot) {
        ComparedAmount general = department.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET);
        BigDecimal before = general.prior().get();

        focus(robot, 1, "prior");
        robot.write("999").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(general.prior().get()).isEqualByComparingTo(before);
        assertThat(cellText(robot, TOTAL_ROW, "prior")).isEqualTo("732.39");

        focus(robot, 1, "prior");
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.sheet().messageProperty().get()).isEqualTo("一般公共预算拨款，“上年预算数”：“abc”不是数字。");
        assertThat(general.prior().get()).isEqualByComparingTo(before);
        robot.type(KeyCode.ESCAPE);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void reasonIsEnteredOnSourceRowsOnly(FxRobot robot) {
        ComparedAmount other = department.ownUnit().income().source(FundingSource.OTHER_INCOME);

        focus(robot, OTHER_INCOME_ROW, "reason");
        robot.write("新增").type(KeyCode.ENTER);
        focus(robot, TOTAL_ROW, "reason");
        robot.write("x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(other.reason().get()).isEqualTo("新增");
        assertThat(table(robot).getEditingCell()).isNull();
        assertThat(cellText(robot, TOTAL_ROW, "reason")).isEmpty();
    }

    @Test
    void chineseFromAnInputMethodStartsEditingTheFocusedCell(FxRobot robot) {
        ComparedAmount other = department.ownUnit().income().source(FundingSource.OTHER_INCOME);
        TreeTableView<IncomeRow> table = table(robot);
        focus(robot, OTHER_INCOME_ROW, "reason");
        assertThat(table.getInputMethodRequests()).as("the input method is on over the table").isNotNull();
        assertThat(table.getInputMethodRequests().getTextLocation(0).getY()).as("candidates under the cell")
                .isGreaterThan(table.localToScreen(table.getLayoutBounds()).getMinY());

        robot.interact(() -> Event.fireEvent(table, inputMethod("xinzeng", "")));
        assertThat(table.getEditingCell()).as("composing pinyin starts nothing yet").isNull();
        Label composing = robot.lookup(".sheet-composing").queryAs(Label.class);
        assertThat(composing.isVisible()).isTrue();
        assertThat(composing.getText()).isEqualTo("xinzeng");
        assertThat(composing.localToScreen(0, 0).getY()).as("shown over the focused cell")
                .isEqualTo(table.getInputMethodRequests().getTextLocation(0).getY() - composing.getHeight(),
                        org.assertj.core.data.Offset.offset(2.0));

        robot.interact(() -> Event.fireEvent(table, inputMethod("", "新增")));
        assertThat(table.getEditingCell()).isNotNull();
        assertThat(composing.isVisible()).isFalse();
        robot.write("收入").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(other.reason().get()).isEqualTo("新增收入");
        robot.interact(() -> document.undoManager().undo());
        assertThat(other.reason().get()).isEmpty();
    }

    private static InputMethodEvent inputMethod(String composed, String committed) {
        List<InputMethodTextRun> runs = composed.isEmpty() ? List.of()
                : List.of(new InputMethodTextRun(composed,
                        InputMethodHighlight.UNSELECTED_RAW));
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                runs, committed, composed.length());
    }

    @Test
    void viewingAnotherUnitRebuildsTheRows(FxRobot robot) {
        robot.interact(() -> document.viewedUnitProperty().set(department.consolidated()));

        assertThat(table(robot).getTreeItem(TOTAL_ROW).getValue().figures())
                .isSameAs(department.consolidated().income().total());
        focus(robot, OTHER_INCOME_ROW, "current");
        robot.write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void columnsAreWideEnoughForTheirHeaders(FxRobot robot) {
        for (TreeTableColumn<IncomeRow, ?> column : table(robot).getColumns()) {
            Text header = new Text(column.getText());
            assertThat(header.getLayoutBounds().getWidth() + 20).as(column.getText())
                    .isLessThanOrEqualTo(column.getWidth());
        }
    }
}
