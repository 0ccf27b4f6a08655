package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.MainWindows;
import org.budgetdesk.ui.SheetRobot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person adds a custom 款 and a 项 under it in one dialog, finds the 项 by typing part of its name into the code
 * field, picks it and adds its line; then the codes can be renamed, and not removed while used.
 */
@ExtendWith(ApplicationExtension.class)
class CustomCodesUiTest {
    private Department department;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        MainWindows.showing(stage, department);
    }

    @BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<FunctionalRow> table(FxRobot robot) {
        return (TreeTableView<FunctionalRow>) robot.lookup("#functionalTable").query();
    }

    private static String nameOfRow(FxRobot robot, String code) {
        TreeTableView<FunctionalRow> table = table(robot);
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            if (code.equals(table.getTreeItem(i).getValue().code())) {
                return table.getTreeItem(i).getValue().name();
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id);
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).clear());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addAnSectionAndAnItemUnderItThenFindTheItemByPartOfItsNameAndPickIt(FxRobot robot) {
        robot.clickOn("#addCustomLine");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "customClassCode", "210");
        assertThat(robot.lookup("#customClassName").queryAs(TextField.class).getText()).isEqualTo("卫生健康支出");
        type(robot, "customSectionCode", "21016");
        type(robot, "customSectionName", "试点款");
        type(robot, "customItemCode", "2101701");
        type(robot, "customItemName", "试点项目支出");
        robot.interact(() -> robot.lookup("#customAddLine").queryAs(CheckBox.class).setSelected(false));
        robot.clickOn("#customAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#customCodeProblem").queryAs(Label.class).getText())
                .isEqualTo("项编码2101701的前5位应是它的款编码21016。");

        type(robot, "customItemCode", "2101601");
        robot.clickOn("#customAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.customFunctionalCodes()).containsEntry("21016", "试点款")
                .containsEntry("2101601", "试点项目支出").hasSize(2);
        assertThat(robot.lookup("#customCodeDialog").tryQuery()).isEmpty();

        robot.clickOn("#addLineCode").write("试点项目");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> paths = robot.lookup((Node node) -> node instanceof Label label
                && "项 · 210 卫生健康支出 › 21016 试点款 · 项目自定义".equals(label.getText())).queryAll();
        assertThat(paths).as("the suggestion shows the level and the path").isNotEmpty();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#addLineCode").queryAs(TextField.class).getText()).isEqualTo("2101601 试点项目支出");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(department.ownUnit().functional().find("2101601", FundingSource.GENERAL_PUBLIC_BUDGET)).isPresent();
        assertThat(nameOfRow(robot, "21016")).isEqualTo("试点款");
        assertThat(nameOfRow(robot, "2101601")).isEqualTo("试点项目支出");

        robot.clickOn("#addCustomLine");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#customCodeList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#customRemove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#customManageProblem").queryAs(Label.class).getText())
                .isEqualTo("科目2101601正被1行使用，不能删除：请先删除这些行，或改用其他科目。");
        robot.interact(() -> list.getSelectionModel().select(0));
        type(robot, "customRenameName", "医改试点");
        robot.clickOn("#customRename");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#customCodeDialog").query().getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(department.customFunctionalCodes()).containsEntry("21016", "医改试点");
        assertThat(nameOfRow(robot, "21016")).isEqualTo("医改试点");
    }
}
