package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The file named at start is locked and read while the window is built ({@link OpenedFile#read}); the shown
 * window takes the result at once when it is ready, else when it comes, and reports a failure as any open does.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedOpenUiTest {
    private static final Duration WAIT = Duration.ofMillis(100);
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.setDialogs(dialogs);
        window.show();
    }

    private Path sampleFile() throws Exception {
        return Files.write(folder.resolve("sample.budget"), SampleProject.bytes());
    }

    private static FutureTask<OpenedFile> prepared(Path file) {
        return new FutureTask<>(() -> OpenedFile.read(file, new ProjectFiles()::load));
    }

    @Test
    void aReadyOpenIsShownBeforeTheCallReturnsAndHoldsTheLock(FxRobot robot) throws Exception {
        Path file = sampleFile();
        FutureTask<OpenedFile> prepared = prepared(file);
        prepared.run();
        AtomicReference<Path> shownAtReturn = new AtomicReference<>();

        robot.interact(() -> {
            window.fileActions().openPrepared(file, prepared, WAIT, () -> { });
            shownAtReturn.set(window.document().fileProperty().get());
        });

        assertThat(shownAtReturn.get()).isEqualTo(file);
        assertThat(window.document().department().budgetYear().get()).isEqualTo(2021);
        assertThat(ProjectLock.ownerOf(file)).get().extracting(Owner::pid).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void anOpenNotReadyInTimeIsShownWhenItComes(FxRobot robot) throws Exception {
        Path file = sampleFile();
        CountDownLatch go = new CountDownLatch(1);
        FutureTask<OpenedFile> prepared = new FutureTask<>(() -> {
            go.await();
            return OpenedFile.read(file, new ProjectFiles()::load);
        });
        new Thread(prepared, "test-prepare-open").start();

        robot.interact(() -> window.fileActions().openPrepared(file, prepared, WAIT, () -> { }));
        assertThat(window.document().fileProperty().get()).isNull();

        go.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void nothingPreparedRunsTheOtherOpen(FxRobot robot) throws Exception {
        FutureTask<OpenedFile> nothing = new FutureTask<>(() -> null);
        nothing.run();
        AtomicBoolean otherwise = new AtomicBoolean();
        Path file = sampleFile();

        robot.interact(() -> window.fileActions().openPrepared(file, nothing, WAIT, () -> otherwise.set(true)));

        assertThat(otherwise).isTrue();
        assertThat(window.document().fileProperty().get()).isNull();
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndLeavesNoLock(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("broken.budget"), "{ \"formatVersion\": ");
        FutureTask<OpenedFile> prepared = prepared(file);
        prepared.run();

        robot.interact(() -> window.fileActions().openPrepared(file, prepared, WAIT, () -> { }));

        assertThat(dialogs.errors).hasSize(1);
        assertThat(window.document().fileProperty().get()).isNull();
        assertThat(Files.exists(ProjectLock.lockFileFor(file))).isFalse();
    }
}
