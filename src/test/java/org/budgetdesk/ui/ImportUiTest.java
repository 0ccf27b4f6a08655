package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 导入 Excel…: pick a workbook, see what changes, apply it as one step, undo it in one step. */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindows.showing(stage, SampleProject.load(), dialogs);
    }

    private Path workbookWithOneLineRaised() throws Exception {
        Department changed = SampleProject.load();
        FunctionalLine line = changed.ownUnit().functional().lines().get(0);
        line.personnel().set(line.personnel().get().add(new BigDecimal("100.00")));
        Path workbook = folder.resolve("tables.xlsx");
        new XlsxExporter().export(changed, workbook, new ExportOptions("sichuan", DisplayUnit.YUAN, List.of()));
        return workbook;
    }

    @Test
    void importingShowsTheChangesAppliesThemAndUndoesThemInOneStep(FxRobot robot) throws Exception {
        dialogs.workbookToImport = workbookWithOneLineRaised();
        FunctionalLine line = window.document().department().ownUnit().functional().lines().get(0);
        BigDecimal before = line.personnel().get();

        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导入"));

        assertThat(dialogs.questions).hasSize(2).first().isEqualTo("import");
        assertThat(dialogs.questions.get(1)).contains(line.itemCode(), "→");
        assertThat(line.personnel().get()).isEqualByComparingTo(before.add(new BigDecimal("100")));
        robot.interact(() -> window.document().undoManager().undo());
        assertThat(line.personnel().get()).isEqualByComparingTo(before);
    }

    @Test
    void nothingChangesWhenTheUserSaysNo(FxRobot robot) throws Exception {
        dialogs.workbookToImport = workbookWithOneLineRaised();
        dialogs.confirmAnswer = false;
        FunctionalLine line = window.document().department().ownUnit().functional().lines().get(0);
        BigDecimal before = line.personnel().get();

        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.questions.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(line.personnel().get()).isEqualByComparingTo(before);
        assertThat(window.document().undoManager().canUndoProperty().get()).isFalse();
    }
}
