package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.show();
    }

    @Test
    void showsTheSampleWithItsHeadlineFiguresAndFollowsEdits(FxRobot robot) throws Exception {
        Department department = SampleProject.load();
        robot.interact(() -> window.showDepartment(department));

        assertThat(stage.getTitle()).contains("乐山市社会保险事务中心").contains("2021");
        assertThat(robot.lookup("#departmentHeading").queryAs(Label.class).getText())
                .isEqualTo("乐山市社会保险事务中心 2021年部门预算");
        assertThat(robot.lookup("#headlineFigures .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("763.06", "732.39", "30.67", "4.19%", "169.75%");

        robot.interact(() -> department.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET)
                .current().set(new BigDecimal("8000000.00")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#headlineFigures .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("800.00", "67.61");
    }
}
