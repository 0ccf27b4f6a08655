package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.TestProcesses;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A project that cannot be written here is shown read-only, never lost; every shown file is locked. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyAndLocksUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, messages);
        window.setDialogs(dialogs);
        window.show();
    }

    private Path sampleFile() throws Exception {
        return Files.write(folder.resolve("sample.budget"), SampleProject.bytes());
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));
        settle();
    }

    /** Lets the banner's slide in or out (NotificationPane, 350 ms) finish. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String banner(FxRobot robot) {
        NotificationPane pane = robot.lookup("#banner").queryAs(NotificationPane.class);
        return pane.isShowing() ? robot.lookup("#bannerText").queryLabeled().getText() : "";
    }

    @Test
    void aProjectWhoseFolderRefusesTheLockOpensReadOnlyWithABannerOfferingSaveAs(FxRobot robot) throws Exception {
        Path file = sampleFile();
        Files.createDirectory(ProjectLock.lockFileFor(file));     // as a folder without write access would: no lock

        open(robot, file);

        assertThat(window.document().department().budgetYear().get()).isEqualTo(2021);
        assertThat(window.document().readOnlyProperty().get()).isTrue();
        assertThat(banner(robot)).contains("只读").contains("另存为");
        assertThat(robot.lookup("#bannerSaveAs").query().isVisible()).isTrue();

        Path copy = Files.createDirectory(folder.resolve("writable")).resolve("copy.budget");
        dialogs.fileToSave = copy;
        robot.clickOn("#bannerSaveAs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copy.equals(window.document().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.document().readOnlyProperty().get()).isFalse();
        assertThat(banner(robot)).isEmpty();
        assertThat(ProjectLock.ownerOf(copy)).get().extracting(Owner::pid).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void theBannerSlidesInAboveTheTabsPushingThemDownAndDismissingItGivesTheRoomBack(FxRobot robot) throws Exception {
        Path file = sampleFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        open(robot, file);

        Node text = robot.lookup("#bannerText").query();
        Node tabs = robot.lookup(".tab-pane").query();
        Bounds shownText = text.localToScene(text.getBoundsInLocal());
        Bounds tabsWithBanner = tabs.localToScene(tabs.getBoundsInLocal());
        assertThat(text.isVisible()).isTrue();
        assertThat(shownText.getHeight()).isGreaterThan(10);
        assertThat(shownText.getMaxY()).isLessThanOrEqualTo(tabsWithBanner.getMinY() + 1);
        assertThat(shownText.getMinX()).isGreaterThanOrEqualTo(0);

        robot.clickOn("#bannerDismiss");
        settle();

        assertThat(banner(robot)).isEmpty();
        assertThat(window.document().bannerProperty().get()).isEmpty();
        Bounds tabsAlone = tabs.localToScene(tabs.getBoundsInLocal());
        assertThat(tabsAlone.getMinY()).isLessThan(tabsWithBanner.getMinY() - 10);
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndSavingAsksForAnotherFile(FxRobot robot) throws Exception {
        Path file = sampleFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        open(robot, file);

        assertThat(window.document().readOnlyProperty().get()).isTrue();
        assertThat(banner(robot)).contains("只读");
        robot.interact(() -> window.fileActions().save());
        assertThat(dialogs.questions).anySatisfy(question -> assertThat(question).startsWith("save as"));
        assertThat(Files.readAllBytes(file)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void aStaleLockOfAProcessThatEndedIsTakenOverWithANotice(FxRobot robot) throws Exception {
        Path file = sampleFile();
        Owner dead = new Owner("张三", Owner.localHost(), TestProcesses.endedPid(),
                Instant.parse("2021-03-01T08:00:00Z"));
        ProjectLock.acquire(file, dead);

        open(robot, file);

        assertThat(window.document().readOnlyProperty().get()).isFalse();
        assertThat(ProjectLock.ownerOf(file)).get().extracting(Owner::pid).isEqualTo(ProcessHandle.current().pid());
        assertThat(banner(robot)).contains("张三").contains("未正常关闭").contains("接管");
    }

    @Test
    void restoredWorkIsLockedAndTheCrashedSessionsLockTakenOver(FxRobot robot) throws Exception {
        Path file = sampleFile();
        Owner crashed = new Owner("李四", Owner.localHost(), TestProcesses.endedPid(), Instant.now());
        ProjectLock.acquire(file, crashed);
        Path recovery = folder.resolve("recovery");
        new RecoveryStore(recovery).write(file, "crashed-session", SampleProject.bytes());

        restoreInto(robot, recovery, file);

        assertThat(window.document().undoManager().unsavedProperty().get()).isTrue();
        assertThat(ProjectLock.ownerOf(file)).get().extracting(Owner::pid).isEqualTo(ProcessHandle.current().pid());
        assertThat(banner(robot)).contains("李四");

        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = MainWindow.create(new Stage(), messages);
            second[0].setDialogs(new ScriptedDialogs());
        });
        new RecoveryStore(recovery).write(file, "another-crash", SampleProject.bytes());
        SessionKeeper other = new SessionKeeper(second[0], new SettingsStore(folder.resolve("settings2")),
                Settings.defaults(), new RecoveryStore(recovery));
        robot.interact(() -> other.offerRecovery(dialogs, messages, () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(second[0].document().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second[0].document().readOnlyProperty().get()).isTrue();
        assertThat(second[0].document().bannerProperty().get()).contains("另一个 BudgetDesk");
    }

    @Test
    void restoredWorkOnAReadOnlyFileIsShownReadOnlyAndTheCrashedSessionsLockGoes(FxRobot robot) throws Exception {
        Path file = sampleFile();
        ProjectLock.acquire(file, new Owner("李四", Owner.localHost(), TestProcesses.endedPid(), Instant.now()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Path recovery = folder.resolve("recovery");
        new RecoveryStore(recovery).write(file, "crashed-session", SampleProject.bytes());

        restoreInto(robot, recovery, file);

        assertThat(window.document().readOnlyProperty().get()).isTrue();
        assertThat(window.document().undoManager().unsavedProperty().get()).isTrue();
        assertThat(Files.exists(ProjectLock.lockFileFor(file))).isFalse();
    }

    /** Offers the window the recovery copies in {@code recovery}, restores them, waits until {@code file} is open. */
    private void restoreInto(FxRobot robot, Path recovery, Path file) throws Exception {
        dialogs.restore = true;
        SessionKeeper keeper = new SessionKeeper(window, new SettingsStore(folder.resolve("settings")),
                Settings.defaults(), new RecoveryStore(recovery));
        robot.interact(() -> keeper.offerRecovery(dialogs, messages, () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
