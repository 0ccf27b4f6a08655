package org.budgetdesk.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.budgetdesk.compare.Drafts;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CompareViewUiTest {
    @TempDir
    Path folder;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final List<CommentTarget> jumps = new ArrayList<>();
    private Document document;
    private CompareView view;

    @Start
    void start(Stage stage) {
        document = new Document(Drafts.later(), null);
        view = new CompareView(document, messages, jumps::add);
        stage.setScene(new Scene((Parent) view.node(), 1260, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<DiffRow> table(FxRobot robot) {
        return robot.lookup("#compareTable").queryAs(TreeTableView.class);
    }

    private String cell(FxRobot robot, int row, String column) {
        return robot.lookup("#compareTable .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .map(cell -> (String) cell.getItem()).findFirst().orElseThrow();
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#compareSummary").queryAs(Label.class).getText();
    }

    @Test
    void twoLoadedDraftsShowTheirThreeDifferencesBySection(FxRobot robot) {
        assertThat(summary(robot)).contains("打开一份较早的稿");
        robot.interact(() -> view.compareWith(Drafts.earlier(), "第一稿.budget"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(summary(robot)).isEqualTo("与较早的稿“第一稿.budget”相比有3处不同（金额单位：万元）");
        List<TreeItem<DiffRow>> sections = table(robot).getRoot().getChildren();
        assertThat(sections).extracting(item -> item.getValue().section()).containsExactly(
                DisclosureSection.OVERVIEW, DisclosureSection.INCOME, DisclosureSection.FUNCTIONAL);
        assertThat(sections).allSatisfy(item -> assertThat(item.getChildren()).hasSize(1));
        assertThat(cell(robot, 0, "place")).isEqualTo("概况（1处）");
        assertThat(cell(robot, 1, "place")).isEqualTo("年度重点工作任务第1段");
        assertThat(cell(robot, 1, "before")).isEqualTo("—");
        assertThat(cell(robot, 1, "after")).isEqualTo(Drafts.NEW_KEY_TASK);
        assertThat(cell(robot, 1, "change")).isEqualTo("新增");
        assertThat(cell(robot, 3, "place")).isEqualTo("一般公共预算拨款 · 本年预算数");
        assertThat(cell(robot, 3, "unit")).isEqualTo("乐山市社会保险事务中心");
        assertThat(cell(robot, 3, "before")).isEqualTo("763.06");
        assertThat(cell(robot, 3, "after")).isEqualTo("800.00");
        assertThat(cell(robot, 3, "delta")).isEqualTo("+36.94");
        assertThat(cell(robot, 5, "after")).isEqualTo(Drafts.CHANGED_PURPOSE);
    }

    @Test
    void beforeADraftIsOpenedTheEmptyTableSaysSoNotThatThereIsNoDifference(FxRobot robot) {
        assertThat(placeholder(robot)).isEqualTo("尚未打开较早的稿");
        assertThat(robot.lookup("#jumpToDifference").query().isDisabled()).isTrue();

        robot.interact(() -> view.compareWith(Drafts.later(), "同一稿.budget"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot)).isEqualTo("没有不同之处");

        robot.interact(() -> view.compareWith(Drafts.earlier(), "第一稿.budget"));
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#jumpToDifference").query().isDisabled()).as("a heading is not a place").isTrue();
        robot.interact(() -> table(robot).getSelectionModel().select(1));
        assertThat(robot.lookup("#jumpToDifference").query().isDisabled()).isFalse();
    }

    private String placeholder(FxRobot robot) {
        return ((Label) table(robot).getPlaceholder()).getText();
    }

    @Test
    void amountsAreRightAlignedWithThousandsSeparatorsAndTextsLeftAligned(FxRobot robot) {
        robot.interact(() -> document.displayUnitProperty().set(org.budgetdesk.format.DisplayUnit.YUAN));
        robot.interact(() -> view.compareWith(Drafts.earlier(), "第一稿.budget"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell(robot, 3, "before")).isEqualTo("7,630,560.00");
        assertThat(cell(robot, 3, "delta")).isEqualTo("+369,440.00");
        assertThat(alignment(robot, 3, "after")).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);
        assertThat(alignment(robot, 1, "after")).isEqualTo(javafx.geometry.Pos.CENTER_LEFT);
    }

    private javafx.geometry.Pos alignment(FxRobot robot, int row, String column) {
        return robot.lookup("#compareTable .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .map(TreeTableCell::getAlignment).findFirst().orElseThrow();
    }

    @Test
    void aDifferenceJumpsToItsPlace(FxRobot robot) {
        robot.interact(() -> view.compareWith(Drafts.earlier(), "第一稿.budget"));
        robot.interact(() -> table(robot).getSelectionModel().select(3));
        robot.clickOn("#jumpToDifference");

        assertThat(jumps).containsExactly(
                new CommentTarget(DisclosureSection.INCOME, 0, "GENERAL_PUBLIC_BUDGET.current"));
    }

    @Test
    void editsOfTheOpenDraftUpdateTheComparison(FxRobot robot) {
        robot.interact(() -> view.compareWith(Drafts.earlier(), "第一稿.budget"));
        robot.interact(() -> document.undoManager().execute(Edits.setAmount(document.department().ownUnit()
                .income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current(), new BigDecimal("7630560.00"))));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().comparison().size()).isEqualTo(2);
        assertThat(summary(robot)).contains("2处不同");
    }

    @Test
    void anEarlierDraftIsChosenAndReadInTheBackground(FxRobot robot) throws Exception {
        Path earlier = folder.resolve("draft1.budget");
        new ProjectFiles().save(Drafts.earlier(), earlier);
        view.setDraftChooser(() -> Optional.of(earlier));

        robot.clickOn("#openDraft");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.viewModel().comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().comparison().size()).isEqualTo(3);
        assertThat(summary(robot)).contains("draft1.budget");
    }

    @Test
    void anUnreadableDraftSaysWhy(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.budget");
        Files.writeString(broken, "{\"formatVersion\": 2,");
        view.setDraftChooser(() -> Optional.of(broken));

        robot.clickOn("#openDraft");
        Label problem = robot.lookup("#compareProblem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());

        assertThat(problem.getText()).contains("broken.budget");
        assertThat(view.viewModel().comparison()).isNull();
    }
}
