package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
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

/** In a wide window 用途说明 takes the room the other columns leave; in a narrow one it keeps its width. */
@ExtendWith(ApplicationExtension.class)
class LastColumnFillsUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setWidth(900);
        stage.setHeight(600);
        MainWindows.showing(stage, SampleProject.load());
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<Object> table(FxRobot robot) {
        return robot.lookup("#functionalTable").queryAs(TreeTableView.class);
    }

    private static double othersWidth(TreeTableView<Object> table, TreeTableColumn<Object, ?> last) {
        return table.getColumns().stream().filter(column -> column != last).mapToDouble(TreeTableColumn::getWidth)
                .sum();
    }

    @Test
    void thePurposeColumnTakesTheRoomLeftInAWideWindowAndKeepsItsWidthInANarrowOne(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
        TreeTableView<Object> table = table(robot);
        TreeTableColumn<Object, ?> purpose = table.getColumns().get(table.getColumns().size() - 1);
        assertThat(purpose.getId()).isEqualTo("purpose");
        double own = purpose.getWidth();

        robot.interact(() -> stage.setWidth(1270));
        robot.interact(() -> table.getColumns().subList(2, table.getColumns().size() - 1)
                .forEach(column -> column.setPrefWidth(60)));   // the figures narrower: room left over
        WaitForAsyncUtils.waitForFxEvents();
        double room = table.getWidth() - othersWidth(table, purpose);
        assertThat(room).as("the window is wide enough to leave room").isGreaterThan(own);
        assertThat(purpose.getWidth()).isCloseTo(room - 20, within(1.0));

        robot.interact(() -> stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purpose.getWidth()).isEqualTo(own);
    }
}
