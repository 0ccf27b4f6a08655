package org.budgetdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.model.ComparisonBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OverviewViewUiTest {
    private Department department;
    private Document document;

    /** Monocle's headless screen is 1280×800, so the scene is 1280 wide: a bit narrower than the 1366×768 target. */
    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        OverviewView view = new OverviewView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene((Parent) view.node(), 1280, 768));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<Unit> unitList(FxRobot robot) {
        return robot.lookup("#unitList").queryAs(ListView.class);
    }

    @Test
    void theOwnUnitIsListedFirstAndMarked(FxRobot robot) {
        assertThat(robot.lookup("#unitList .list-cell").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).contains("乐山市社会保险事务中心（本级）");
    }

    @Test
    void addingASubordinateUnitAndUndoingIt(FxRobot robot) {
        robot.clickOn("#newUnitName").write("Station A");
        robot.clickOn("#addUnit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.units()).hasSize(2);
        assertThat(department.units().get(1).name().get()).isEqualTo("Station A");
        assertThat(unitList(robot).getItems()).hasSize(2);
        assertThat(robot.lookup("#newUnitName").queryAs(TextField.class).getText()).isEmpty();

        robot.interact(() -> document.undoManager().undo());
        assertThat(department.units()).hasSize(1);
        assertThat(unitList(robot).getItems()).hasSize(1);
    }

    @Test
    void removingTheOwnUnitIsRefusedVisibly(FxRobot robot) {
        robot.interact(() -> unitList(robot).getSelectionModel().select(0));
        robot.clickOn("#removeUnit");

        assertThat(robot.lookup("#unitsMessage").queryAs(Label.class).getText()).isEqualTo("部门本级不能删除。");
        assertThat(department.units()).hasSize(1);
    }

    @Test
    void removingASubordinateUnitAsksFirstNamingItsComments(FxRobot robot) {
        robot.interact(() -> department.units().add(new Unit("Station B")));
        robot.interact(() -> department.comments().add(new Comment(
                CommentTarget.wholeSection(DisclosureSection.INCOME, 1), "审核人", Instant.EPOCH, "请核对")));
        robot.interact(() -> unitList(robot).getSelectionModel().select(1));
        robot.clickOn("#removeUnit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .isEqualTo("删除单位“Station B”及其全部数据和1条批注？此操作可以撤销。");

        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.units()).hasSize(1);
        assertThat(department.comments()).isEmpty();
        robot.interact(() -> document.undoManager().undo());
        assertThat(department.units()).extracting(unit -> unit.name().get()).endsWith("Station B");
        assertThat(department.comments()).extracting(comment -> comment.text().get()).containsExactly("请核对");
    }

    @Test
    void renamingTheDepartmentRenamesItsOwnUnitInOneUndoStep(FxRobot robot) {
        TextField name = robot.lookup("#departmentName").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("乐山市医疗保障事务中心").type(KeyCode.ENTER);

        assertThat(department.name().get()).isEqualTo("乐山市医疗保障事务中心");
        assertThat(department.ownUnit().name().get()).isEqualTo("乐山市医疗保障事务中心");
        assertThat(robot.lookup("#unitList .list-cell").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).contains("乐山市医疗保障事务中心（本级）");

        robot.interact(() -> document.undoManager().undo());
        assertThat(department.ownUnit().name().get()).isEqualTo("乐山市社会保险事务中心");
        assertThat(department.name().get()).isEqualTo("乐山市社会保险事务中心");
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void theProjectNoteIsEditedInPlace(FxRobot robot) {
        TextArea note = robot.lookup("#departmentNote").queryAs(TextArea.class);
        assertThat(note.isEditable()).isTrue();
        robot.interact(() -> {
            note.requestFocus();
            note.end();
        });
        robot.write("（已核对）");
        robot.clickOn("#parentDepartment");

        assertThat(department.note().get()).endsWith("（已核对）");
        robot.interact(() -> document.undoManager().undo());
        assertThat(department.note().get()).doesNotEndWith("（已核对）");
        assertThat(note.getText()).doesNotEndWith("（已核对）");
    }

    @Test
    void aBadBudgetYearIsRefusedVisibly(FxRobot robot) {
        TextField year = robot.lookup("#budgetYear").queryAs(TextField.class);
        robot.clickOn(year);
        robot.interact(year::selectAll);
        robot.write("1999").type(KeyCode.ENTER);

        assertThat(robot.lookup("#departmentMessage").queryAs(Label.class).getText()).contains("“1999”不是有效的预算年度");
        assertThat(department.budgetYear().get()).isEqualTo(2021);

        robot.interact(year::selectAll);
        robot.write("2022").type(KeyCode.ENTER);
        assertThat(department.budgetYear().get()).isEqualTo(2022);
        assertThat(robot.lookup("#departmentMessage").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theKindChoiceEditsTheModelAndFollowsUndo(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<DepartmentKind> kind = robot.lookup("#departmentKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(DepartmentKind.ADMINISTRATIVE));
        assertThat(department.kind().get()).isEqualTo(DepartmentKind.ADMINISTRATIVE);

        robot.interact(() -> document.undoManager().undo());
        assertThat(kind.getValue()).isEqualTo(DepartmentKind.CIVIL_SERVICE_MANAGED_INSTITUTION);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void theChoicesAreAsWideAsTheTextFieldsAndShowTheirWholeText(FxRobot robot) {
        double fieldWidth = robot.lookup("#departmentName").queryAs(TextField.class).getWidth();
        for (String id : List.of("departmentKind", "comparisonBasis", "comparisonBasisTHREE_PUBLIC",
                "comparisonBasisOTHER")) {
            assertThat(robot.lookup("#" + id).queryAs(ChoiceBox.class).getWidth()).as(id).isEqualTo(fieldWidth);
        }
        assertThat(robot.lookup("#departmentKind .text").queryAs(Text.class).getText()).isEqualTo("参照公务员法管理的事业单位");
    }

    @Test
    void theThreePublicExpensesCanCompareWithLastYearsFinalAccountsWhileTheRestFollowsTheDepartment(FxRobot robot) {
        robot.clickOn("#comparisonBasisTHREE_PUBLIC");
        robot.clickOn("上年决算数");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.comparisonBasisOf(DisclosureSection.THREE_PUBLIC))
                .isEqualTo(ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        assertThat(department.comparisonBasisOf(DisclosureSection.OTHER)).isEqualTo(ComparisonBasis.PRIOR_BUDGET);
        assertThat(org.budgetdesk.narrative.NarrativeGenerator.sichuan().generate(department).text())
                .contains("较上年决算数3.88万元减少0.88万元").contains("较上年预算数67.21万元增加114.09万元");

        robot.interact(() -> document.undoManager().undo());
        @SuppressWarnings("unchecked")
        ChoiceBox<ComparisonBasis> basis = robot.lookup("#comparisonBasisTHREE_PUBLIC").queryAs(ChoiceBox.class);
        assertThat(basis.getValue()).isNull();
        assertThat(department.sectionComparisonBases()).isEmpty();
    }

    @Test
    void aFunctionParagraphIsEditedInPlace(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<String> functions = robot.lookup("#functionsList").queryAs(ListView.class);
        robot.interact(() -> functions.getSelectionModel().select(0));
        TextArea editor = robot.lookup("#functionsEditor").queryAs(TextArea.class);
        assertThat(editor.getText()).isEqualTo(department.ownUnit().texts().functions().get(0));

        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.write("First function");
        robot.clickOn("#appropriationPurpose");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().texts().functions().get(0)).isEqualTo("First function");
        assertThat(functions.getSelectionModel().getSelectedIndex()).isZero();
        robot.interact(() -> document.undoManager().undo());
        assertThat(editor.getText()).startsWith("宣传并贯彻执行");
    }

    /** The texts of the headline grid (the 概况 tab shows the viewed unit's), row by row, header first. */
    private static List<String> headline(FxRobot robot) {
        return headlineTexts(robot).stream().map(Text::getText).toList();
    }

    private static List<Text> headlineTexts(FxRobot robot) {
        return List.copyOf(robot.lookup("#headlineFigures .headline-text").queryAllAs(Text.class));
    }

    private static String wanYuan(BigDecimal amount) {
        return Numbers.fixed(amount, DisplayUnit.WAN_YUAN);
    }

    @Test
    void showsTheViewedUnitsIncomeTotalInWanYuan(FxRobot robot) {
        Unit own = department.units().get(0);

        assertThat(headline(robot)).contains("收入总计", wanYuan(own.income().total().current().getValue()));
    }

    @Test
    void followsAnEditedAmount(FxRobot robot) {
        Unit own = department.units().get(0);
        BigDecimal raised = own.income().total().current().getValue().add(new BigDecimal("1230000.00"));

        robot.interact(() -> own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(
                own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get()
                        .add(new BigDecimal("1230000.00"))));

        assertThat(headline(robot)).contains(wanYuan(raised));
    }

    @Test
    void anotherViewedUnitIsShownInTheSameLabels(FxRobot robot) {
        Unit own = department.units().get(0);
        Unit second = new Unit("第二单位");
        second.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(new BigDecimal("4560000.00"));
        robot.interact(() -> department.units().add(second));
        List<Text> before = headlineTexts(robot);

        robot.interact(() -> document.viewedUnitProperty().set(department.consolidated()));

        BigDecimal both = own.income().total().current().getValue().add(new BigDecimal("4560000.00"));
        assertThat(headline(robot)).contains(wanYuan(both));
        assertThat(headlineTexts(robot)).containsExactlyElementsOf(before);

        robot.interact(() -> document.viewedUnitProperty().set(second));
        List<String> ofSecond = headline(robot);
        assertThat(ofSecond).contains("456.00");
        robot.interact(() -> own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(BigDecimal.ZERO));
        assertThat(headline(robot)).as("a unit no longer viewed does not change the headline").isEqualTo(ofSecond);
    }
}
