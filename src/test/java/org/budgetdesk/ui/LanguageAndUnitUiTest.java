package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LanguageAndUnitUiTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = MainWindows.showing(stage, SampleProject.load());
    }

    @org.junit.jupiter.api.BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    private String firstTabTitle(FxRobot robot) {
        TabPane tabs = robot.lookup("#sectionTabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(tab -> "functionalTab".equals(tab.getId())).map(Tab::getText)
                .findFirst().orElseThrow();
    }

    @Test
    void switchingToEnglishRelabelsTheWindowAndKeepsTheProject(FxRobot robot) {
        var department = window.document().department();
        assertThat(firstTabTitle(robot)).isEqualTo("一般公共预算支出");
        MenuRobot.choose(robot, stage, "menuLanguageen");
        assertThat(firstTabTitle(robot)).isEqualTo("General public budget spending");
        assertThat(stage.getTitle()).startsWith("BudgetDesk");
        assertThat(window.document().department()).isSameAs(department);
        assertThat(new SheetRobot(robot).text("functionalTable", 0, "total")).isEqualTo("763.06");
    }

    @Test
    void switchingToYuanShowsTheStoredAmountsAndEntryFollowsTheUnit(FxRobot robot) {
        robot.interact(() -> window.document().displayUnitProperty().set(DisplayUnit.YUAN));
        SheetRobot sheet = new SheetRobot(robot);
        assertThat(sheet.text("functionalTable", 0, "total")).isEqualTo("7,630,560.00");
        assertThat(robot.lookup("#statusIncome").queryLabeled().getText()).contains("7,630,560.00").contains("元");

        sheet.focus("functionalTable", 6, "personnel");
        robot.write("1,234.5").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(sheet.text("functionalTable", 6, "personnel")).isEqualTo("1,234.50");
    }
}
