package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.income.IncomeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Review mode from the menu, and jumping to a commented place. */
@ExtendWith(ApplicationExtension.class)
class ReviewWiringUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.document().open(SampleProject.load(), null);
        window.show();
    }

    @Test
    void reviewModeFromTheMenuMakesEveryFigureReadOnly(FxRobot robot) {
        robot.clickOn("视图").clickOn("审阅模式（只读）");
        assertThat(window.document().readOnlyProperty().get()).isTrue();
        SheetRobot sheet = new SheetRobot(robot).showTab("functionalTab");
        sheet.focus("functionalTable", 3, "personnel");
        robot.write("1").type(KeyCode.ENTER);
        assertThat(window.document().department().ownUnit().functional()
                .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().personnel().get())
                .isEqualByComparingTo("3177040.00");
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
}
