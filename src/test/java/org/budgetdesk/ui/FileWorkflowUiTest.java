package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save, reopen, and the prompt before unsaved changes are lost, as a person meets them. */
@ExtendWith(ApplicationExtension.class)
class FileWorkflowUiTest {
    @TempDir
    Path folder;
    private Stage stage;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = MainWindows.showing(stage, SampleProject.load(), dialogs);
    }

    @org.junit.jupiter.api.BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    private void typeIntoFirstLine(FxRobot robot, String text) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.focus("functionalTable", 3, "personnel");
        robot.write(text).type(KeyCode.ENTER);
    }

    private boolean unsaved() {
        return window.document().undoManager().unsavedProperty().get();
    }

    @Test
    void saveAsThenReopenGivesTheSameFigures(FxRobot robot) throws Exception {
        Path file = folder.resolve("draft.budget");
        dialogs.fileToSave = file;
        typeIntoFirstLine(robot, "400");
        assertThat(stage.getTitle()).endsWith(" *");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !unsaved());
        assertThat(dialogs.questions).containsExactly("save as 乐山市社会保险事务中心2021.budget");
        assertThat(stage.getTitle()).contains("draft.budget").doesNotEndWith(" *");

        robot.interact(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.document().fileProperty().get() != null
                        && window.document().department().ownUnit() != null);
        var reopened = window.document().department().ownUnit();
        assertThat(reopened.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .personnel().get()).isEqualByComparingTo("4000000.00");
        assertThat(reopened.functional().total().total().get()).isEqualByComparingTo("8453520.00");
        assertThat(new SheetRobot(robot).text("functionalTable", 0, "total")).isEqualTo("845.35");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        typeIntoFirstLine(robot, "1");
        dialogs.saveChoice = Dialogs.SaveChoice.CANCEL;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.questions).containsExactly("save changes to 乐山市社会保险事务中心");
        assertThat(stage.isShowing()).isTrue();

        dialogs.saveChoice = Dialogs.SaveChoice.DISCARD;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void closingWithoutChangesDoesNotAsk(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.questions).isEmpty();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void undoBackToTheSavedStateClearsTheUnsavedMarker(FxRobot robot) {
        typeIntoFirstLine(robot, "1");
        assertThat(unsaved()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(unsaved()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(unsaved()).isTrue();
    }

    @Test
    void theSampleOpensFromTheFileMenuUntitledAfterAskingAboutChanges(FxRobot robot) throws Exception {
        Path file = folder.resolve("mine.budget");
        dialogs.fileToSave = file;
        robot.interact(() -> window.fileActions().saveAs());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !unsaved());
        typeIntoFirstLine(robot, "1");
        var edited = window.document().department();
        dialogs.saveChoice = Dialogs.SaveChoice.DISCARD;

        MenuRobot.choose(robot, stage, "menuOpenSample");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().department() != edited);

        assertThat(dialogs.questions).contains("save changes to mine.budget");
        assertThat(window.document().fileProperty().get()).isNull();
        assertThat(unsaved()).isFalse();
        assertThat(window.document().department().ownUnit().functional()
                .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().personnel().get())
                .isEqualByComparingTo(SampleProject.load().ownUnit().functional()
                        .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().personnel().get());
    }

    @Test
    void openingABrokenFileShowsItsMessageAndKeepsTheProject(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.budget");
        Files.writeString(broken, "{\"formatVersion\": 1,");
        var before = window.document().department();
        robot.interact(() -> window.fileActions().open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("无法打开项目").contains("broken.budget");
        assertThat(window.document().department()).isSameAs(before);
    }
}
