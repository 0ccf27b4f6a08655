package org.budgetdesk.ui.other;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A figure the schema adds (档案卷数, a count on the 其他 tab) is typed into its own field, and undone. */
@ExtendWith(ApplicationExtension.class)
class AddedFiguresUiTest {
    private FigureSchema.Installed schema;
    private Department department;
    private Document document;

    @Start
    void start(Stage stage) throws Exception {
        schema = ExtraFigures.install();
        department = SampleProject.load();
        document = new Document(department, null);
        OtherView view = new OtherView(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene((Parent) view.node(), 1280, 768));
        stage.show();
    }

    @AfterEach
    void standardSchema() {
        schema.close();
    }

    @Test
    void anAddedCountIsTypedIntoItsFieldAndUndoneInOneStep(FxRobot robot) {
        TitledPane pane = robot.lookup("#addedFiguresPane").queryAs(TitledPane.class);
        assertThat(pane.getText()).isEqualTo("补充数据");
        robot.interact(() -> robot.lookup("#otherView").queryAs(ScrollPane.class).setVvalue(1));
        TextField archives = robot.lookup("#added-archives").queryAs(TextField.class);
        robot.clickOn(archives);
        robot.interact(archives::selectAll);
        robot.write("120");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FigureSchema.current().figure("archives").count(department.ownUnit()).get()).isEqualTo(120);
        assertThat(document.undoManager().canUndoProperty().get()).isTrue();
        robot.interact(() -> document.undoManager().undo());
        assertThat(FigureSchema.current().figure("archives").count(department.ownUnit()).get()).isZero();
        assertThat(archives.getText()).isEqualTo("0");
    }

    @Test
    void theThreePublicFiguresAreNotRepeatedInTheForm(FxRobot robot) {
        assertThat(robot.lookup("#added-training").tryQuery()).isEmpty();
        assertThat(robot.lookup("#added-archives").tryQuery()).isPresent();
    }
}
