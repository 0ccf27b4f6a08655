package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.check.Location;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.ui.functional.FunctionalRow;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checks in the window: counts in the status bar, F7, jumping to a finding, the question before an export. */
@ExtendWith(ApplicationExtension.class)
class ChecksWiringUiTest {
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindows.showing(stage, SampleProject.load(), dialogs);
    }

    private String findings(FxRobot robot) {
        return robot.lookup("#statusFindings").queryLabeled().getText();
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#sectionTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void aBrokenRuleShowsInTheStatusBarAndAnExportAsksFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findings(robot).contains("错误0"));
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.focus("functionalTable", 3, "publicCosts");
        robot.write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !findings(robot).contains("错误0"));

        dialogs.confirmAnswer = false;
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertThat(dialogs.questions).hasSize(1).allSatisfy(question -> assertThat(question).startsWith("confirm"));
    }

    @Test
    void theRowAnErrorNamesIsMarkedUntilTheErrorGoes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findings(robot).contains("错误0"));
        new SheetRobot(robot).showTab("economicTab");
        assertThat(markedCodes(robot, Marks.ERROR)).isEmpty();
        EconomicLine line = window.document().department().ownUnit().economic().lines().get(0);

        // Other funds paying more than the line's amount: an error on that line (X7)
        robot.interact(() -> window.document().undoManager().execute(Edits.setAmount(
                line.entered(Fund.GOVERNMENT_FUND), line.current().get().add(new BigDecimal("1.00")))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> markedCodes(robot, Marks.ERROR).contains(line.itemCode()));

        robot.interact(() -> window.document().undoManager().undo());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> markedCodes(robot, Marks.ERROR).isEmpty());
        assertThat(findings(robot)).contains("错误0");
    }

    /** The codes of the economic table's rows whose first cell carries a mark. */
    private static List<String> markedCodes(FxRobot robot, String mark) {
        return robot.lookup("#economicTable .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && "code".equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getStyleClass().contains(mark))
                .map(cell -> String.valueOf(cell.getText())).toList();
    }

    @Test
    void f7ShowsTheChecksAndAFindingLeadsToItsRow(FxRobot robot) {
        robot.type(KeyCode.F7);
        assertThat(selectedTab(robot)).isEqualTo("checkTab");

        robot.interact(() -> Jumps.to(new Location(DisclosureSection.FUNCTIONAL, 0, "", "2080109", null),
                window.document(), window.sectionTabs()));
        assertThat(selectedTab(robot)).isEqualTo("functionalTab");
        TreeTableView<?> table = robot.lookup("#functionalTable").queryAs(TreeTableView.class);
        Object selected = table.getSelectionModel().getSelectedItem().getValue();
        assertThat(((FunctionalRow) selected).code()).isEqualTo("2080109");
    }
}
