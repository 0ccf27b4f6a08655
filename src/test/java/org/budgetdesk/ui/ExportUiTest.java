package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 导出 writes the chosen format in the background, with the figures as they are now. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindows.showing(stage, SampleProject.load(), dialogs);
    }

    @Test
    void exportingTheExplanationAsTextFromTheMenuWritesTheCurrentFigures(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.txt");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("txt").orElseThrow(),
                ExportOptions.defaults(), output, false);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(output));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导出"));

        assertThat(dialogs.questions).containsExactly("export 乐山市社会保险事务中心2021");
        assertThat(Files.readString(output, StandardCharsets.UTF_8))
                .contains("收入预算总额为763.06万元，较上年预算数732.39万元增加30.67万元");
    }

    @Test
    void anExportRightAfterAnEditAsksAboutTheErrorTheEditMade(FxRobot robot) throws Exception {
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("txt").orElseThrow(),
                ExportOptions.defaults(), folder.resolve("说明.txt"), false);
        dialogs.confirmAnswer = false;
        robot.interact(() -> {
            window.document().undoManager().execute(Edits.setAmount(
                    window.document().department().ownUnit().operatingCosts().current(), new BigDecimal("2500000.00")));
            window.exportActions().export();   // before the 300 ms after the edit have passed
            window.exportActions().export();   // a second 导出 while the first one's question waits: nothing
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.questions.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).singleElement().asString()
                .startsWith("confirm 检查发现1个错误").contains("机关运行经费");
        assertThat(robot.lookup("#statusNotice").queryLabeled().getText()).doesNotContain("检查");
        assertThat(folder.resolve("说明.txt")).as("declined: nothing written").doesNotExist();
    }

    @Test
    void theExplanationCanCarryTheChartsAsAnAppendix(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.docx");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("docx").orElseThrow(),
                ExportOptions.defaults(), output, true);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(output));

        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(output))) {
            assertThat(docx.getAllPictures()).hasSize(9);
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("附：图表", "支出功能分类结构（按类）", "机关运行经费：本年与上年");
        }
    }

    @Test
    void theChartsAreDrawnOffTheUiThreadWhileTheWindowAnswersAndTheProgressMoves(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.docx");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("docx").orElseThrow(),
                ExportOptions.defaults(), output, true);
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch edited = new CountDownLatch(1);
        List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
        window.exportActions().setChartRenderer((copy, catalog, messages, progress) -> {
            onUiThread.add(Platform.isFxApplicationThread());
            drawing.countDown();
            try {
                if (!edited.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the UI thread did not answer while the charts were to be drawn");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ExportActions.drawCharts(copy, catalog, messages, fraction -> {
                onUiThread.add(Platform.isFxApplicationThread());
                progress.accept(fraction);
            });
        });
        ProgressBar bar = robot.lookup("#statusProgress").queryAs(ProgressBar.class);
        List<Double> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> bar.progressProperty().addListener((obs, before, after) ->
                shown.add(after.doubleValue())));
        robot.interact(() -> window.exportActions().export());
        assertThat(drawing.await(20, TimeUnit.SECONDS)).isTrue();

        // the person goes on editing while the charts are drawn
        BigDecimal costs = new BigDecimal("1234.00");
        robot.interact(() -> window.document().undoManager().execute(org.budgetdesk.undo.Edits.setAmount(
                window.document().department().ownUnit().operatingCosts().current(), costs)));
        edited.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导出"));

        assertThat(onUiThread).hasSizeGreaterThan(1).containsOnly(false);
        assertThat(shown).as("the bar moves while the charts are drawn").anyMatch(value -> value > 0 && value < 0.5);
        assertThat(window.document().department().ownUnit().operatingCosts().current().get()).isEqualTo(costs);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(output))) {
            assertThat(docx.getAllPictures()).hasSize(9);
        }
    }

    @Test
    void theTablesExportReportsItsProgressInTheStatusBar(FxRobot robot) throws Exception {
        Path output = folder.resolve("公开表.xlsx");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("xlsx").orElseThrow(),
                ExportOptions.defaults(), output, false);
        ProgressBar bar = robot.lookup("#statusProgress").queryAs(ProgressBar.class);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导出"));

        assertThat(Files.size(output)).isPositive();
        assertThat(bar.getProgress()).isEqualTo(1.0);
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void exportOverTheOpenProjectIsRefusedAndTheProjectKept(FxRobot robot) throws Exception {
        Path project = Files.write(folder.resolve("P.budget"), SampleProject.bytes());
        robot.interact(() -> {
            try {
                window.document().open(SampleProject.load(), project);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("xlsx").orElseThrow(),
                ExportOptions.defaults(), project, false);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).contains("导出失败").contains("正在读取或打开的项目文件");
        assertThat(Files.readAllBytes(project)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void cancellingAnExportWritesNothingAndSaysSo(FxRobot robot) throws Exception {
        Path output = folder.resolve("取消.xlsx");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("xlsx").orElseThrow(),
                ExportOptions.defaults(), output, false);
        javafx.scene.control.Button cancel = robot.lookup("#statusCancel").queryAs(javafx.scene.control.Button.class);
        assertThat(cancel.isVisible()).isFalse();
        // The sample's check has landed, so the question before the export is answered at once and the export starts
        // within the same turn of the UI thread, before 取消 is pressed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#statusFindings").queryLabeled().getText().equals("错误0个，警告2个，提示5个"));
        boolean[] offered = new boolean[1];
        robot.interact(() -> {
            window.exportActions().export();
            offered[0] = cancel.isVisible();
            cancel.fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已取消导出"));

        assertThat(offered[0]).as("取消 is offered while the export runs").isTrue();
        assertThat(output).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
        assertThat(cancel.isVisible()).isFalse();
    }

    @Test
    void theNextEditClearsTheLastNotice(FxRobot robot) throws Exception {
        Path output = folder.resolve("说明.txt");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("txt").orElseThrow(),
                ExportOptions.defaults(), output, false);
        robot.interact(() -> window.exportActions().export());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导出"));

        robot.interact(() -> window.document().undoManager().execute(org.budgetdesk.undo.Edits.setAmount(
                window.document().department().ownUnit().operatingCosts().current(),
                new java.math.BigDecimal("1000.00"))));
        assertThat(robot.lookup("#statusNotice").queryLabeled().getText()).isEmpty();
    }

    @Test
    void theNextExportStartsFromTheLastAnswersWhichTheSettingsKeep(FxRobot robot) throws Exception {
        org.budgetdesk.io.settings.SettingsStore store =
                new org.budgetdesk.io.settings.SettingsStore(folder.resolve("settings"));
        SessionKeeper keeper = new SessionKeeper(window, store, org.budgetdesk.io.settings.Settings.defaults(),
                new org.budgetdesk.io.recovery.RecoveryStore(folder.resolve("recovery")));
        robot.interact(keeper::start);
        Path output = Files.createDirectories(folder.resolve("导出")).resolve("公开表.xlsx");
        dialogs.exportChoice = new Dialogs.ExportChoice(ExportFormats.byId("xlsx").orElseThrow(),
                new ExportOptions("central", org.budgetdesk.format.DisplayUnit.YUAN, List.of()), output, false);
        robot.interact(() -> window.exportActions().export());
        assertThat(dialogs.exportDefaults.format()).as("nothing remembered yet").isNull();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(output));

        dialogs.exportChoice = null;
        robot.interact(() -> window.exportActions().export());

        assertThat(dialogs.exportDefaults).isEqualTo(new Dialogs.ExportDefaults(folder.resolve("导出"), "xlsx",
                "central", org.budgetdesk.format.DisplayUnit.YUAN, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !store.load().exportChoices().isEmpty());
        assertThat(store.load().exportChoices()).containsEntry("format", "xlsx").containsEntry("tables", "central")
                .containsEntry("folder", folder.resolve("导出").toString());
    }
}
