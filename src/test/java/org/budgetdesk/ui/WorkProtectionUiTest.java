package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Never losing work: locks on open files, recovery after a crash, next year's project from this one. */
@ExtendWith(ApplicationExtension.class)
class WorkProtectionUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindow.create(stage, messages);
        window.setDialogs(dialogs);
        window.document().open(SampleProject.load(), null);
        window.show();
    }

    @BeforeEach
    void showFunctionalTab(FxRobot robot) {
        new SheetRobot(robot).showTab("functionalTab");
    }

    private FunctionalLine firstLine() {
        return window.document().department().ownUnit().functional()
                .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
    }

    private Path sampleFile() throws Exception {
        Path file = folder.resolve("sample.budget");
        Files.write(file, SampleProject.bytes());
        return file;
    }

    @Test
    void aFileHeldByAnotherOpensReadOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        Path file = sampleFile();
        ProjectLock.acquire(file, new Owner("张三", "other-pc", 4242, Instant.now()));
        dialogs.lockChoice = Dialogs.LockChoice.READ_ONLY;
        robot.interact(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));

        assertThat(dialogs.questions).anySatisfy(question -> assertThat(question).contains("张三").contains("other-pc"));
        assertThat(window.document().readOnlyProperty().get()).isTrue();
        assertThat(robot.lookup("#statusReadOnly").queryLabeled().getText()).isEqualTo("只读");
        new SheetRobot(robot).focus("functionalTable", 3, "personnel");
        robot.write("1").type(KeyCode.ENTER);
        assertThat(firstLine().personnel().get()).isEqualByComparingTo("3177040.00");
        assertThat(ProjectLock.ownerOf(file)).get().extracting(Owner::user).isEqualTo("张三");
    }

    @Test
    void takingOverAHeldFileMakesItOurs(FxRobot robot) throws Exception {
        Path file = sampleFile();
        ProjectLock.acquire(file, new Owner("张三", "other-pc", 4242, Instant.now()));
        dialogs.lockChoice = Dialogs.LockChoice.TAKE_OVER;
        robot.interact(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));
        assertThat(window.document().readOnlyProperty().get()).isFalse();
        assertThat(ProjectLock.ownerOf(file)).get().extracting(Owner::host).isEqualTo(Owner.localHost());
    }

    @Test
    void anOpenedFileIsLockedAndTheLockGoesWhenAnotherProjectReplacesIt(FxRobot robot) throws Exception {
        Path file = sampleFile();
        robot.interact(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));
        assertThat(Files.exists(ProjectLock.lockFileFor(file))).isTrue();
        robot.interact(() -> window.fileActions().newProject());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(ProjectLock.lockFileFor(file)));
    }

    @Test
    void closingTheWindowKeepsTheSettingsAndTheLatestChangeWins(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("settings"));
        SessionKeeper keeper = new SessionKeeper(window, store, Settings.defaults(), new RecoveryStore(folder));
        robot.interact(keeper::start);
        robot.interact(() -> {
            window.document().displayUnitProperty().set(DisplayUnit.YUAN);
            window.document().displayUnitProperty().set(DisplayUnit.WAN_YUAN);
            window.document().displayUnitProperty().set(DisplayUnit.YUAN);
            window.stage().setWidth(1111);
        });
        robot.interact(() -> window.stage().fireEvent(
                new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(window.stage().isShowing()).isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.load().window() != null);
        Settings kept = store.load();
        assertThat(kept.displayUnit()).isEqualTo(DisplayUnit.YUAN);
        assertThat(kept.window().width()).isEqualTo(1111);
    }

    @Test
    void unsavedWorkIsOfferedBackAfterACrash(FxRobot robot) throws Exception {
        Path recovery = folder.resolve("recovery");
        SettingsStore settings = new SettingsStore(folder.resolve("settings"));
        SessionKeeper crashed = started(robot, settings, recovery);
        new SheetRobot(robot).focus("functionalTable", 3, "personnel");
        robot.write("400").type(KeyCode.ENTER);
        robot.interact(crashed::keepRecoveryCopy);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(recovery)) {
                return files.anyMatch(path -> path.toString().endsWith(RecoveryStore.EXTENSION));
            }
        });

        MainWindow[] restarted = new MainWindow[1];
        robot.interact(() -> {
            restarted[0] = MainWindow.create(new Stage(), messages);
            restarted[0].setDialogs(dialogs);
        });
        dialogs.restore = true;
        AtomicBoolean nothingRestored = new AtomicBoolean();
        SessionKeeper next = new SessionKeeper(restarted[0], settings, Settings.defaults(), new RecoveryStore(recovery));
        robot.interact(() -> next.offerRecovery(dialogs, messages, () -> nothingRestored.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> restarted[0].document().department().units().get(0).functional().lines().size() == 7);
        FunctionalLine restored = restarted[0].document().department().ownUnit().functional()
                .find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        assertThat(restored.personnel().get()).isEqualByComparingTo("4000000.00");
        assertThat(restarted[0].document().undoManager().unsavedProperty().get()).isTrue();
        assertThat(nothingRestored).isFalse();
        assertThat(dialogs.questions).anySatisfy(question -> assertThat(question).startsWith("restore"));
    }

    @Test
    void workLeftUnsavedIsCopiedOnceNotAtEveryMinute(FxRobot robot) throws Exception {
        Path recovery = folder.resolve("recovery");
        SettingsStore settings = new SettingsStore(folder.resolve("settings"));
        SessionKeeper keeper = started(robot, settings, recovery);
        robot.interact(() -> window.document().undoManager().execute(
                Edits.setText(window.document().department().note(), "改了一处")));
        robot.interact(keeper::keepRecoveryCopy);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recoveryCopies(recovery).size() == 1);
        Files.delete(recoveryCopies(recovery).get(0));

        robot.interact(() -> {
            keeper.keepRecoveryCopy();   // a minute later, nothing changed since the copy
            window.document().displayUnitProperty().set(DisplayUnit.YUAN);   // settings, on the same writer after it
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.load().displayUnit() == DisplayUnit.YUAN);
        assertThat(recoveryCopies(recovery)).as("no second copy of the same work").isEmpty();

        robot.interact(() -> {
            window.document().undoManager().execute(Edits.setText(window.document().department().note(), "又改了"));
            keeper.keepRecoveryCopy();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recoveryCopies(recovery).size() == 1);
    }

    @Test
    void aRecoveryCopyThatCouldNotBeWrittenIsTriedAgainAtTheNextMinute(FxRobot robot) throws Exception {
        Path recovery = folder.resolve("recovery");
        Files.writeString(recovery, "a file where the folder should be");
        SettingsStore settings = new SettingsStore(folder.resolve("settings"));
        SessionKeeper keeper = started(robot, settings, recovery);
        robot.interact(() -> {
            window.document().undoManager().execute(
                    Edits.setText(window.document().department().note(), "改了一处"));
            keeper.keepRecoveryCopy();   // fails: no folder can be made there
            window.document().displayUnitProperty().set(DisplayUnit.YUAN);   // settings, on the same writer after it
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.load().displayUnit() == DisplayUnit.YUAN);
        Files.delete(recovery);

        robot.interact(keeper::keepRecoveryCopy);   // a minute later, nothing changed since

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recoveryCopies(recovery).size() == 1);
    }

    /** The window's session kept, with these settings and recovery folder. */
    private SessionKeeper started(FxRobot robot, SettingsStore settings, Path recovery) {
        SessionKeeper keeper = new SessionKeeper(window, settings, Settings.defaults(), new RecoveryStore(recovery));
        robot.interact(keeper::start);
        return keeper;
    }

    private static List<Path> recoveryCopies(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(RecoveryStore.EXTENSION)).toList();
        }
    }

    @Test
    void nextYearStartsFromThisYearsFigures(FxRobot robot) {
        robot.interact(() -> window.fileActions().newYear());
        var department = window.document().department();
        assertThat(department.budgetYear().get()).isEqualTo(2022);
        assertThat(department.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET).prior().get())
                .isEqualByComparingTo("7630560.00");
        assertThat(firstLine().personnel().get()).isEqualByComparingTo("0");
        assertThat(firstLine().prior().get()).isEqualByComparingTo("3881460.00");
        assertThat(window.document().undoManager().unsavedProperty().get()).isTrue();
        assertThat(window.document().fileProperty().get()).isNull();
    }
}
