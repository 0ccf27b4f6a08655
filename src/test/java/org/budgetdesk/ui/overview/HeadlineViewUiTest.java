package org.budgetdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 概况 tab's headline figures: the viewed unit's, live, in the same labels whichever unit is viewed. */
@ExtendWith(ApplicationExtension.class)
class HeadlineViewUiTest {
    private Department department;
    private Document document;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        OverviewView view = new OverviewView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene((Parent) view.node(), 1280, 768));
        stage.show();
    }

    /** The texts of the headline grid, row by row, header first. */
    private static List<String> texts(FxRobot robot) {
        return robot.lookup("#headlineFigures .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<Label> labels(FxRobot robot) {
        return List.copyOf(robot.lookup("#headlineFigures .label").queryAllAs(Label.class));
    }

    private static String wanYuan(BigDecimal amount) {
        return Numbers.fixed(amount, DisplayUnit.WAN_YUAN);
    }

    @Test
    void showsTheViewedUnitsIncomeTotalInWanYuan(FxRobot robot) {
        Unit own = department.units().get(0);

        assertThat(texts(robot)).contains("收入总计", wanYuan(own.income().total().current().getValue()));
    }

    @Test
    void followsAnEditedAmount(FxRobot robot) {
        Unit own = department.units().get(0);
        BigDecimal raised = own.income().total().current().getValue().add(new BigDecimal("1230000.00"));

        robot.interact(() -> own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(
                own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get()
                        .add(new BigDecimal("1230000.00"))));

        assertThat(texts(robot)).contains(wanYuan(raised));
    }

    @Test
    void anotherViewedUnitIsShownInTheSameLabels(FxRobot robot) {
        Unit own = department.units().get(0);
        Unit second = new Unit("第二单位");
        second.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(new BigDecimal("4560000.00"));
        robot.interact(() -> department.units().add(second));
        List<Label> before = labels(robot);

        robot.interact(() -> document.viewedUnitProperty().set(department.consolidated()));

        BigDecimal both = own.income().total().current().getValue().add(new BigDecimal("4560000.00"));
        assertThat(texts(robot)).contains(wanYuan(both));
        assertThat(labels(robot)).containsExactlyElementsOf(before);

        robot.interact(() -> document.viewedUnitProperty().set(second));
        List<String> ofSecond = texts(robot);
        assertThat(ofSecond).contains("456.00");
        robot.interact(() -> own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(BigDecimal.ZERO));
        assertThat(texts(robot)).as("a unit no longer viewed does not change the headline").isEqualTo(ofSecond);
    }
}
