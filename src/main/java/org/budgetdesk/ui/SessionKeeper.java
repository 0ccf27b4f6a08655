package org.budgetdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectSnapshot;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.io.recovery.RecoveryEntry;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.budgetdesk.io.settings.Settings;
import org.budgetdesk.io.settings.SettingsStore;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;

/**
 * What outlives a session: the settings (window bounds, recent files, language, display unit) and the recovery
 * copy of unsaved work, written every minute and whenever the window loses focus if the work changed since the last
 * copy, deleted once the work is saved or the window closes cleanly. A {@link ProjectSnapshot} of the model is taken
 * on the UI thread; the bytes are made from it and the files written by one thread of their own, in the order the
 * changes came, so an older settings snapshot never overwrites a newer one. The last write, when the window closes,
 * is waited for by a non-daemon thread: the program does not end before it lands, and the closing window does not
 * wait for the disk.
 */
public final class SessionKeeper {
    private static final Duration RECOVERY_INTERVAL = Duration.minutes(1);
    private static final Logger LOG = Logger.getLogger(SessionKeeper.class.getName());
    private final MainWindow window;
    private final Document document;
    private final SettingsStore settingsStore;
    private final RecoveryStore recoveryStore;
    private final BackgroundWork work = new BackgroundWork();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "session-files");
        thread.setDaemon(true);
        return thread;
    });
    private final String sessionId = RecoveryStore.newSessionId();
    private final Timeline timer = new Timeline(new KeyFrame(RECOVERY_INTERVAL, event -> keepRecoveryCopy()));
    private Settings settings;
    private Path recoveryKey;
    private boolean recoveryWritten;
    /** The state of the model the last recovery copy was made of, or null when there is none. */
    private Copied copied;

    /** A state of the model: the project, its undo revision and its code lists' revision. */
    private record Copied(Department department, long revision, int catalogRevision) {
        static Copied of(Document document) {
            return new Copied(document.department(), document.undoManager().revisionProperty().get(),
                    document.catalogRevisionProperty().get());
        }
    }

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
        WindowPlacement.choose(settings.window(), settings.maximized(), WindowPlacement.screens()).applyTo(stage);
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
        document.displayUnitProperty().addListener((obs, before, after) ->
                update(current -> current.withDisplayUnit(after)));
        javafx.collections.ObservableMap<String, String> exportChoices = window.exportActions().choices();
        exportChoices.putAll(settings.exportChoices());
        exportChoices.addListener((javafx.collections.MapChangeListener<String, String>) change ->
                update(current -> current.withExportChoices(Map.copyOf(exportChoices))));
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

    /**
     * Writes the recovery copy now if there is unsaved work the last copy does not hold: a project left unsaved for an
     * hour is copied once, not every minute (the snapshot holds the UI thread 9 ms with 100 units, 158 ms with 1,000).
     */
    public void keepRecoveryCopy() {
        if (!document.undoManager().unsavedProperty().get()) {
            return;
        }
        Path original = document.fileProperty().get();
        Copied now = Copied.of(document);
        if (recoveryWritten && now.equals(copied) && java.util.Objects.equals(original, recoveryKey)) {
            return;
        }
        ProjectSnapshot content = ProjectSnapshot.of(document.department());   // the bytes are made by the writer
        if (recoveryWritten && !java.util.Objects.equals(original, recoveryKey)) {
            discardRecoveryCopy();
        }
        recoveryKey = original;
        recoveryWritten = true;
        copied = now;
        write(() -> {
            try {
                recoveryStore.write(original, sessionId, content.toBytes());
            } catch (IOException e) {
                Platform.runLater(() -> forgetCopy(now));   // not written: the next minute tries again
                throw e;
            }
        });
    }

    private void forgetCopy(Copied failed) {
        if (failed.equals(copied)) {
            copied = null;
        }
    }

    private void discardRecoveryCopy() {
        if (!recoveryWritten) {
            return;
        }
        Path original = recoveryKey;
        recoveryWritten = false;
        copied = null;
        write(() -> recoveryStore.discard(original, sessionId));
    }

    /**
     * Offers back, one at a time, the unsaved work a crashed session left; copies the user declines are deleted,
     * and so is the crashed session's lock beside the declined project (a lock of a BudgetDesk that runs stays).
     * Restored work is locked like an opened file (the crashed session's stale lock is taken over). Runs
     * {@code otherwise} when none was restored. Reading happens in the background.
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
                if (!restore) {
                    removeCrashedLock(entry);
                }
            }
        }, restored -> {
            if (restored == null) {
                next.run();
                return;
            }
            window.fileActions().openRestored(restored, entry.originalPath());
        }, error -> {
            dialogs.showError(messages.get("recovery.failed"),
                    error instanceof ProjectFileException e ? e.message(messages.locale()) : String.valueOf(error));
            next.run();
        });
    }

    private static void removeCrashedLock(RecoveryEntry declined) {
        if (declined.originalPath() == null) {
            return;
        }
        try {
            ProjectLock.removeIfStale(declined.originalPath());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the crashed session's lock of " + declined.originalPath(), e);
        }
    }

    private void closing() {
        timer.stop();
        Stage stage = window.stage();
        Settings latest = settings.withWindow(
                new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized());
        Path original = recoveryKey;
        write(() -> recoveryStore.discard(original, sessionId));
        write(() -> settingsStore.save(latest));
        writer.shutdown();
        Thread last = new Thread(() -> {
            try {
                writer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "session-files-at-exit");
        last.setDaemon(false);
        last.start();
    }

    /**
     * Writes on the session's own thread, after the writes asked for before. A failed write is left alone: the
     * settings file is a convenience, and a recovery copy that could not be deleted is offered once more.
     */
    private void write(FileWrite write) {
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(() -> {
            try {
                write.run();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not write a session file", e);
            }
        });
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private void update(java.util.function.UnaryOperator<Settings> change) {
        settings = change.apply(settings);
        Settings snapshot = settings;
        write(() -> settingsStore.save(snapshot));
    }
}
