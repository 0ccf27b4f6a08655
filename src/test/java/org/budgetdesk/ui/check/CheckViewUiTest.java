package org.budgetdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.budgetdesk.check.Location;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.BeforeEach;
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

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
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

    /** The first check's findings arrive once the explanation is written in the background. */
    @BeforeEach
    void firstCheck(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(robot, "P1") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMissingTextTypedAwayShowsItsPlaceholderFindingAndRetypingItRemovesIt(FxRobot robot) throws Exception {
        assertThat(row(robot, DraftCheck.PLACEHOLDER_RULE)).isNull();
        var purpose = document.department().ownUnit().texts().appropriationPurpose();
        String written = purpose.get();

        robot.interact(() -> document.undoManager().execute(Edits.setText(purpose, "")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(robot, DraftCheck.PLACEHOLDER_RULE) != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, DraftCheck.PLACEHOLDER_RULE).getItem().finding().location().field())
                .isEqualTo("appropriationPurpose");
        assertThat(robot.lookup("#checkSummary").queryLabeled().getText()).contains("警告3个");

        robot.interact(() -> document.undoManager().execute(Edits.setText(purpose, written)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row(robot, DraftCheck.PLACEHOLDER_RULE) == null);
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

    @Test
    void aLongMessageWrapsOverSeveralLinesInsteadOfBeingCutOff(FxRobot robot) {
        robot.interact(() -> stage.setWidth(760));
        WaitForAsyncUtils.waitForFxEvents();

        List<TreeTableCell<?, ?>> cells = robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> "checkMessage".equals(cell.getTableColumn().getId()) && cell.getGraphic() != null)
                .<TreeTableCell<?, ?>>map(cell -> cell).toList();
        assertThat(cells).isNotEmpty();
        TreeTableCell<?, ?> longest = cells.stream()
                .max(Comparator.comparingInt(cell -> ((Text) cell.getGraphic()).getText().length())).orElseThrow();
        Text text = (Text) longest.getGraphic();
        Text oneLine = new Text(text.getText());
        oneLine.setFont(text.getFont());
        double lineHeight = oneLine.getLayoutBounds().getHeight();
        assertThat(oneLine.getLayoutBounds().getWidth()).as("the message is longer than its column")
                .isGreaterThan(longest.getWidth());

        assertThat(text.getText()).isEqualTo(longest.getItem()).doesNotContain("…");
        assertThat(text.getLayoutBounds().getHeight()).isGreaterThan(1.5 * lineHeight);
        assertThat(text.getLayoutBounds().getWidth()).isLessThanOrEqualTo(longest.getWidth());
        assertThat(longest.getHeight()).as("the row grows to show every line")
                .isGreaterThanOrEqualTo(text.getLayoutBounds().getHeight());
    }
}
