package org.budgetdesk.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;
import org.budgetdesk.model.FundingSource;

/**
 * One workbench session in a JVM of its own, for {@link RecoveryLeavesNoLockTest}: it ends as a person ends it, by
 * closing the window (the JVM then exits by itself), or by crashing. Arguments: a folder holding
 * {@code project.budget}, {@code other.budget} and the session folders, then a script:
 * <ul>
 *   <li>{@code crash}: opens the project, changes a figure, lets the recovery copy land, then the JVM halts;</li>
 *   <li>{@code restore-quit}: restores the recovery copy and closes without saving;</li>
 *   <li>{@code restore-save-quit}: restores, and closes saving the changes;</li>
 *   <li>{@code restore-open-other}: restores, opens {@code other.budget} (discarding the changes), closes;</li>
 *   <li>{@code decline-quit}: declines the recovery copy and closes.</li>
 * </ul>
 */
public final class SessionProbe {
    private static Path folder;
    private static String script;

    private SessionProbe() {
    }

    /** Not the Application itself: a main class that is one fails with “JavaFX runtime components are missing”. */
    public static void main(String[] args) {
        folder = Path.of(args[0]);
        script = args[1];
        Application.launch(Session.class);
    }

    /** The session, started by the toolkit. */
    public static final class Session extends Application {
        @Override
        public void start(Stage stage) {
            run(stage);
        }
    }

    private static void run(Stage stage) {
        Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        MainWindow window = MainWindow.create(stage, messages);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        window.setDialogs(dialogs);
        SessionKeeper keeper = new SessionKeeper(window, new SettingsStore(folder.resolve("settings")),
                Settings.defaults(), new RecoveryStore(folder.resolve("recovery")));
        keeper.start();
        window.show();
        Path project = folder.resolve("project.budget");
        dialogs.saveChoice = script.equals("restore-save-quit") ? Dialogs.SaveChoice.SAVE : Dialogs.SaveChoice.DISCARD;
        dialogs.restore = script.startsWith("restore");
        whenShown(window, project, () -> {
            switch (script) {
                case "crash" -> crash(window, keeper);
                case "restore-open-other" -> {
                    Path other = folder.resolve("other.budget");
                    whenShown(window, other, () -> close(window));
                    window.fileActions().open(other);
                }
                default -> close(window);
            }
        });
        if (script.equals("crash")) {
            window.fileActions().open(project);
        } else {
            keeper.offerRecovery(dialogs, messages, () -> {
                if (script.startsWith("decline")) {
                    close(window);
                }
            });
        }
    }

    /** Runs {@code then} once the window shows {@code file}. */
    private static void whenShown(MainWindow window, Path file, Runnable then) {
        window.document().fileProperty().addListener((obs, before, after) -> {
            if (Objects.equals(after, file)) {
                Platform.runLater(then);
            }
        });
    }

    private static void close(MainWindow window) {
        window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private static void crash(MainWindow window, SessionKeeper keeper) {
        window.document().department().ownUnit().functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow().personnel().set(new BigDecimal("4000000.00"));
        window.document().undoManager().markUnsaved();
        keeper.keepRecoveryCopy();
        Thread halt = new Thread(() -> {
            Path recovery = folder.resolve("recovery");
            while (!hasRecoveryCopy(recovery)) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "crash");
        halt.start();
    }

    private static boolean hasRecoveryCopy(Path recovery) {
        try (var files = Files.list(recovery)) {
            return files.anyMatch(file -> file.toString().endsWith(RecoveryStore.EXTENSION));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
