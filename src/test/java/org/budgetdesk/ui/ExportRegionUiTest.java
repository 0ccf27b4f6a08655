package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The region chosen for an export becomes the project's: saved with it, and undoable like any edit. */
@ExtendWith(ApplicationExtension.class)
class ExportRegionUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindows.showing(stage, SampleProject.load(), dialogs);
    }

    @Test
    void exportingForAnotherRegionMakesItTheProjectsRegion(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.txt");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("txt").orElseThrow(),
                new ExportOptions("sichuan-2024", DisplayUnit.WAN_YUAN, List.of()), output, false);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(output));

        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("部门预算单位构成");
        assertThat(window.document().department().region().get()).isEqualTo("sichuan-2024");
        robot.interact(() -> window.document().undoManager().undo());
        assertThat(window.document().department().region().get()).isEmpty();
    }

    @Test
    void exportingForTheRegionTheProjectHasChangesNothing(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.txt");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("txt").orElseThrow(),
                ExportOptions.defaults(), output, false);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(output));

        assertThat(window.document().department().region().get()).isEmpty();
        assertThat(window.document().undoManager().undoDescription()).isNull();
    }
}
