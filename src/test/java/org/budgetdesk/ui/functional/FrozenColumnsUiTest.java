package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.ui.MainWindows;
import org.budgetdesk.ui.SheetRobot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The code and name columns stay where they are when the table scrolls right to 用途说明. */
@ExtendWith(ApplicationExtension.class)
class FrozenColumnsUiTest {
    private static final String TABLE = "functionalTable";

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setWidth(900);
        stage.setHeight(600);
        MainWindows.showing(stage, SampleProject.load());
    }

    private static TreeTableCell<?, ?> cell(FxRobot robot, int row, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + TABLE + " .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .findFirst().orElseThrow();
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void codeAndNameStayInPlaceWhenScrollingRight(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
        Bounds codeBefore = onScreen(cell(robot, 3, "code"));
        Bounds nameBefore = onScreen(cell(robot, 3, "name"));
        Bounds sourceBefore = onScreen(cell(robot, 3, "source"));
        ScrollBar bar = robot.lookup("#" + TABLE + " .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(scrollBar -> scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible())
                .findFirst().orElseThrow();
        assertThat(bar.getMax()).as("the table is wider than the window").isGreaterThan(100);

        robot.interact(() -> bar.setValue(bar.getMax()));

        assertThat(onScreen(cell(robot, 3, "code")).getMinX()).isEqualTo(codeBefore.getMinX());
        assertThat(onScreen(cell(robot, 3, "name")).getMinX()).isEqualTo(nameBefore.getMinX());
        assertThat(onScreen(cell(robot, 3, "source")).getMinX()).as("the other columns scroll")
                .isLessThan(sourceBefore.getMinX());
        Node header = robot.lookup("#" + TABLE + " .column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(columnHeader -> columnHeader.getTableColumn() != null
                        && "name".equals(columnHeader.getTableColumn().getId()))
                .findFirst().orElseThrow();
        assertThat(onScreen(header).getMinX())
                .isEqualTo(nameBefore.getMinX(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(cell(robot, 3, "name").getViewOrder()).isNegative();
    }

    @Test
    void theFrozenColumnsCoverTheEmptyRowsBelowTheTableToo(FxRobot robot) {
        robot.interact(() -> stage.setHeight(720));     // room below the table's rows
        new SheetRobot(robot).showTab("functionalTab");
        int emptyRow = robot.lookup("#" + TABLE).queryAs(javafx.scene.control.TreeTableView.class)
                .getExpandedItemCount() + 1;
        Bounds nameBefore = onScreen(cell(robot, emptyRow, "name"));
        ScrollBar bar = robot.lookup("#" + TABLE + " .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(scrollBar -> scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible())
                .findFirst().orElseThrow();

        robot.interact(() -> bar.setValue(bar.getMax()));

        TreeTableCell<?, ?> name = cell(robot, emptyRow, "name");
        assertThat(name.isEmpty()).isTrue();
        assertThat(onScreen(name).getMinX()).isEqualTo(nameBefore.getMinX());
        assertThat(name.getViewOrder()).as("drawn over the columns scrolled beneath").isNegative();
    }

    @Test
    void shiftTabBackToAFigureScrollsItOutFromUnderTheFrozenColumns(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.focus(TABLE, 3, "purpose");
        ScrollBar bar = robot.lookup("#" + TABLE + " .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(scrollBar -> scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible())
                .findFirst().orElseThrow();
        robot.interact(() -> bar.setValue(bar.getMax()));

        for (int i = 0; i < 4; i++) {
            robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.TAB)
                    .release(javafx.scene.input.KeyCode.SHIFT);
        }

        assertThat(sheet.table(TABLE).getFocusModel().getFocusedCell().getTableColumn().getId())
                .isEqualTo("personnel");
        assertThat(onScreen(cell(robot, 3, "personnel")).getMinX())
                .as("to the right of the frozen name column, not under it")
                .isGreaterThanOrEqualTo(onScreen(cell(robot, 3, "name")).getMaxX() - 1);
    }
}
