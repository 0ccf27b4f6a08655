package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.income.IncomeRow;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review mode from the menu, and jumping to a commented place. */
@ExtendWith(ApplicationExtension.class)
class ReviewWiringUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindows.showing(stage, SampleProject.load());
    }

    @Test
    void reviewModeFromTheMenuMakesEveryFigureReadOnly(FxRobot robot) {
        MenuRobot.choose(robot, window.stage(), "menuReviewMode");
        assertThat(window.document().readOnlyProperty().get()).isTrue();
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.focus("functionalTable", 3, "personnel");
        robot.write("1").type(KeyCode.ENTER);
        assertThat(window.document().department().ownUnit().functional()
                .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().personnel().get())
                .isEqualByComparingTo("3177040.00");
    }

    @Test
    void anOpenCommentMarksItsRowUntilItIsResolved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        Comment comment = new Comment(new CommentTarget(DisclosureSection.FUNCTIONAL, 0,
                "2080109/GENERAL_PUBLIC_BUDGET.project"), "审核员", Instant.parse("2021-01-05T08:00:00Z"), "请核实");
        robot.interact(() -> window.document().undoManager().execute(
                Edits.addComment(window.document().department(), comment)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstCellClasses(robot, 4)).contains("marked-comment");
        assertThat(firstCellClasses(robot, 3)).doesNotContain("marked-comment");

        robot.interact(() -> window.document().undoManager().execute(Edits.resolveComment(comment, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstCellClasses(robot, 4)).doesNotContain("marked-comment");
    }

    private List<String> firstCellClasses(FxRobot robot, int row) {
        return robot.lookup("#functionalTable .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && "code".equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .findFirst().map(cell -> List.copyOf(cell.getStyleClass())).orElseThrow();
    }

    @Test
    void aCommentLeadsToItsRow(FxRobot robot) {
        robot.interact(() -> Jumps.to(new CommentTarget(DisclosureSection.INCOME, 0, "GENERAL_PUBLIC_BUDGET.current"),
                window.document(), window.sectionTabs()));
        TabPane tabs = robot.lookup("#sectionTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("incomeTab");
        TreeTableView<?> income = (TreeTableView<?>) tabs.getSelectionModel().getSelectedItem().getContent()
                .lookup(".tree-table-view");
        IncomeRow row = (IncomeRow) income.getSelectionModel().getSelectedItem().getValue();
        assertThat(row.source()).isEqualTo(FundingSource.GENERAL_PUBLIC_BUDGET);
    }

    @Test
    void aCommentIsStartedOnTheFocusedLineFromTheTablesContextMenu(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.focus("functionalTable", 4, "personnel");
        TreeTableView<?> table = sheet.table("functionalTable");
        robot.interact(() -> table.getContextMenu().getItems().get(0).fire());
        TabPane tabs = robot.lookup("#sectionTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("commentsTab");

        robot.clickOn("#commentText").write("项目支出的依据请补充");
        robot.clickOn("#addComment");
        assertThat(window.document().department().comments()).singleElement().satisfies(added -> {
            assertThat(added.target().section()).isEqualTo(DisclosureSection.FUNCTIONAL);
            assertThat(added.target().key()).isEqualTo("2080109/GENERAL_PUBLIC_BUDGET");
            assertThat(added.text().get()).isEqualTo("项目支出的依据请补充");
        });
    }
}
