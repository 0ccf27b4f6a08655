package org.budgetdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.recovery.RecoveryEntry;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;

/**
 * What outlives a session: the settings (window bounds, recent files, language, display unit) and the recovery
 * copy of unsaved work, written every minute and whenever the window loses focus, deleted once the work is saved
 * or the window closes cleanly. Writing happens in the background; the model is serialized on the UI thread.
 */
public final class SessionKeeper {
    private static final Duration RECOVERY_INTERVAL = Duration.minutes(1);
    private final MainWindow window;
    private final Document document;
    private final SettingsStore settingsStore;
    private final RecoveryStore recoveryStore;
    private final BackgroundWork work = new BackgroundWork();
    private final String sessionId = RecoveryStore.newSessionId();
    private final Timeline timer = new Timeline(new KeyFrame(RECOVERY_INTERVAL, event -> keepRecoveryCopy()));
    private Settings settings;
    private Path recoveryKey;
    private boolean recoveryWritten;

    public SessionKeeper(MainWindow window, SettingsStore settingsStore, Settings settings,
                         RecoveryStore recoveryStore) {
        this.window = window;
        this.document = window.document();
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.recoveryStore = recoveryStore;
    }

    /** Applies the settings to the window and starts keeping the session. */
    public void start() {
        Stage stage = window.stage();
        Settings.WindowBounds bounds = settings.window();
        if (bounds != null && bounds.isUsable()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        }
        stage.setMaximized(settings.maximized());
        document.displayUnitProperty().set(settings.displayUnit());
        window.recentFiles().setAll(settings.recentFiles());
        window.recentFiles().addListener((ListChangeListener<Path>) change -> update(current -> {
            List<Path> files = List.copyOf(window.recentFiles());
            Settings next = current;
            for (Path file : current.recentFiles()) {
                next = next.withoutRecentFile(file);
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                next = next.withRecentFile(files.get(i));
            }
            return next;
        }));
        document.displayUnitProperty().addListener((obs, before, after) -> update(current -> current.withDisplayUnit(after)));
        window.languageProperty().addListener((obs, before, after) -> update(current -> current.withLanguage(after)));
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keepRecoveryCopy();
            }
        });
        document.undoManager().unsavedProperty().addListener((obs, was, unsaved) -> {
            if (!unsaved) {
                discardRecoveryCopy();
            }
        });
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        window.onClosing(this::closing);
    }

    /** Writes the recovery copy now if there is unsaved work. */
    public void keepRecoveryCopy() {
        if (!document.undoManager().unsavedProperty().get()) {
            return;
        }
        byte[] content = new ProjectFiles().toBytes(document.department());
        Path original = document.fileProperty().get();
        if (recoveryWritten && !java.util.Objects.equals(original, recoveryKey)) {
            discardRecoveryCopy();
        }
        recoveryKey = original;
        recoveryWritten = true;
        work.run("keep-recovery-copy", () -> {
            recoveryStore.write(original, sessionId, content);
            return original;
        }, done -> { }, error -> { });
    }

    private void discardRecoveryCopy() {
        if (!recoveryWritten) {
            return;
        }
        Path original = recoveryKey;
        recoveryWritten = false;
        work.run("discard-recovery-copy", () -> {
            recoveryStore.discard(original, sessionId);
            return original;
        }, done -> { }, error -> { });
    }

    /**
     * Offers back, one at a time, the unsaved work a crashed session left; copies the user declines are deleted.
     * Runs {@code otherwise} when none was restored. Reading happens in the background.
     */
    public void offerRecovery(Dialogs dialogs, Messages messages, Runnable otherwise) {
        work.run("find-recovery-copies", recoveryStore::pending,
                entries -> offer(entries, 0, dialogs, messages, otherwise), error -> otherwise.run());
    }

    private void offer(List<RecoveryEntry> entries, int index, Dialogs dialogs, Messages messages,
                       Runnable otherwise) {
        if (index >= entries.size()) {
            otherwise.run();
            return;
        }
        RecoveryEntry entry = entries.get(index);
        Runnable next = () -> offer(entries, index + 1, dialogs, messages, otherwise);
        String name = entry.originalPath() == null ? messages.get("recovery.untitled")
                : entry.originalPath().toString();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(entry.savedAt());
        boolean restore = dialogs.askRestore(messages.format("recovery.question", name, when));
        work.run("restore-recovery-copy", () -> {
            try {
                return restore ? recoveryStore.restore(entry) : null;
            } finally {
                recoveryStore.discard(entry);
            }
        }, restored -> {
            if (restored == null) {
                next.run();
                return;
            }
            document.open(restored, entry.originalPath());
            document.undoManager().markUnsaved();
        }, error -> {
            dialogs.showError(messages.get("recovery.failed"),
                    error instanceof ProjectFileException e ? e.message(messages.locale()) : String.valueOf(error));
            next.run();
        });
    }

    private void closing() {
        timer.stop();
        Stage stage = window.stage();
        Settings latest = settings.withWindow(
                new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized());
        try {
            recoveryStore.discard(recoveryKey, sessionId);
            settingsStore.save(latest);
        } catch (IOException e) {
            // Closing goes on: the settings file is a convenience, and the recovery copy is offered once more.
        }
    }

    private void update(java.util.function.UnaryOperator<Settings> change) {
        settings = change.apply(settings);
        Settings snapshot = settings;
        work.run("save-settings", () -> {
            settingsStore.save(snapshot);
            return snapshot;
        }, done -> { }, error -> { });
    }
}
