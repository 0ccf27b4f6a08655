package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.check.Location;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.functional.FunctionalRow;
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
