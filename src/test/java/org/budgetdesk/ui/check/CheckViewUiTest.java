package org.budgetdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.budgetdesk.check.Location;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CheckViewUiTest {
    private final List<Location> jumps = new CopyOnWriteArrayList<>();
    private Document document;
    private CheckView view;

    @Start
    void start(Stage stage) throws Exception {
        document = new Document(SampleProject.load(), null);
        view = new CheckView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), jumps::add);
        stage.setScene(new Scene((Parent) view.node(), 1200, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TreeTableRow<CheckRow> row(FxRobot robot, String rule) {
        return robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .map(row -> (TreeTableRow<CheckRow>) row)
                .filter(row -> row.getItem() != null && !row.getItem().isHeading()
                        && row.getItem().finding().rule().equals(rule))
                .findFirst().orElse(null);
    }

    @Test
    void aFindingAppearsAfterABreakingEditAndDoubleClickJumpsToIt(FxRobot robot) throws Exception {
        assertThat(row(robot, "P1")).isNotNull();
        assertThat(row(robot, "X14")).isNull();
        assertThat(robot.lookup("#checkSummary").queryLabeled().getText()).isEqualTo("错误0个，警告2个，提示5个");

        robot.interact(() -> document.undoManager().execute(Edits.setAmount(
                document.department().ownUnit().operatingCosts().current(), new BigDecimal("2500000.00"))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(robot, "X14") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checkSummary").queryLabeled().getText()).startsWith("错误1个");

        robot.doubleClickOn(row(robot, "X14"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jumps).containsExactly(
                new Location(DisclosureSection.OTHER, 0, "乐山市社会保险事务中心", null, "operatingCosts"));
    }

    @Test
    void enterOnASelectedFindingJumpsToo(FxRobot robot) {
        robot.clickOn(row(robot, "P1"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jumps).extracting(Location::field).containsExactly("vehicleOperation");
    }
}
