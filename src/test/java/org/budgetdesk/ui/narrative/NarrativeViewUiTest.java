package org.budgetdesk.ui.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NarrativeViewUiTest {
    private Department department;
    private Document document;

    @Start
    void start(Stage stage) throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        NarrativeView view = new NarrativeView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene((Parent) view.node(), 1280, 768));
        stage.show();
    }

    private static String text(Node node) {
        if (node instanceof Text text) {
            return text.getText();
        }
        if (node instanceof Label label) {
            return label.getText();
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(NarrativeViewUiTest::text)
                    .collect(Collectors.joining(node instanceof TextFlow ? "" : "\n"));
        }
        return "";
    }

    /** The text shown, read on the UI thread so that a refresh cannot change the nodes under the reader. */
    private String shown(FxRobot robot) throws Exception {
        VBox content = robot.lookup("#narrativeContent").queryAs(VBox.class);
        return WaitForAsyncUtils.asyncFx(() -> text(content)).get(5, TimeUnit.SECONDS);
    }

    private void waitUntilShown(FxRobot robot, String part) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot).contains(part));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#narrativeStatus").queryAs(Label.class).getText();
    }

    @Test
    void theWholeExplanationIsShownWithStyledHeadings(FxRobot robot) throws Exception {
        waitUntilShown(robot, "十、名词解释");
        assertThat(shown(robot)).contains("关于乐山市社会保险事务中心\n2021年部门预算编制的说明",
                "收入预算总额为763.06万元，较上年预算数732.39万元增加30.67万元。");
        assertThat(robot.lookup(".narrative-heading-1").queryAll()).hasSize(10);
        assertThat(robot.lookup(".narrative-heading-2").queryAll()).hasSize(9);
        assertThat(robot.lookup(".narrative-placeholder").queryAll()).isEmpty();
        assertThat(status(robot)).isEqualTo("文字已全部填写，没有待填写的内容。");
        assertThat(robot.lookup("#narrativeTemplate").queryAs(Label.class).getText())
                .isEqualTo("模板：四川省部门预算编制的说明");
    }

    @Test
    void aMissingReasonIsHighlightedAndCountedUntilUndone(FxRobot robot) throws Exception {
        waitUntilShown(robot, "十、名词解释");
        robot.interact(() -> document.undoManager().execute(
                Edits.setText(department.ownUnit().operatingCosts().reason(), "")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup(".narrative-placeholder").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label marker = robot.lookup(".narrative-placeholder").queryAs(Label.class);
        assertThat(marker.getText()).isEqualTo("【待填写：机关运行经费增减变化的原因】");
        assertThat(marker.isVisible()).isTrue();
        assertThat(status(robot)).isEqualTo("待填写的文字：1 处（已高亮，详见提示）");

        robot.interact(() -> document.undoManager().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".narrative-placeholder").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).isEqualTo("文字已全部填写，没有待填写的内容。");
    }

    @Test
    void figuresFollowEditsAndUnchangedBlocksKeepTheirNodes(FxRobot robot) throws Exception {
        waitUntilShown(robot, "十、名词解释");
        VBox content = robot.lookup("#narrativeContent").queryAs(VBox.class);
        Node title = content.getChildren().get(0);
        robot.interact(() -> document.undoManager().execute(Edits.setAmount(
                department.ownUnit().operatingCosts().current(), new java.math.BigDecimal("2000000.00"))));
        waitUntilShown(robot, "机关运行经费预算为200万元，较上年预算数67.21万元增加132.79万元，增长197.57%。");
        assertThat(content.getChildren().get(0)).isSameAs(title);
    }
}
