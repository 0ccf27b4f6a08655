package org.budgetdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs file work off the UI thread and reports back on it. While anything runs, {@link #runningProperty()} is
 * above zero, which the status bar shows as a progress indicator.
 */
public final class BackgroundWork {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final javafx.beans.property.StringProperty notice =
            new javafx.beans.property.SimpleStringProperty(this, "notice", "");

    private final javafx.beans.property.DoubleProperty progress =
            new javafx.beans.property.SimpleDoubleProperty(this, "progress", -1);

    /**
     * How far the running work is, 0 to 1, or -1 when it cannot tell; reset to -1 when work starts. Work that
     * knows its progress sets it through {@link #reportProgress}.
     */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Reports progress from any thread; the status bar shows it. */
    public void reportProgress(double fraction) {
        javafx.application.Platform.runLater(() -> progress.set(fraction));
    }

    /** The last thing finished work wants the user to know ("已导出到…"), shown in the status bar. */
    public javafx.beans.property.StringProperty noticeProperty() {
        return notice;
    }

    /** How many jobs are running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<Runnable> cancel =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "cancel");

    /** What 取消 does while cancellable work runs (the status bar shows the button then); null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<Runnable> cancelProperty() {
        return cancel.getReadOnlyProperty();
    }

    /** Asked by cancellable work between its steps: throws {@link CancellationException} once 取消 was pressed. */
    public static final class Cancellation {
        private volatile boolean cancelled;

        public void check() {
            if (cancelled) {
                throw new CancellationException();
            }
        }
    }

    /** Work that asks its {@link Cancellation} between steps. */
    @FunctionalInterface
    public interface CancellableWork<T> {
        T call(Cancellation cancellation) throws Exception;
    }

    /**
     * Runs work the user may cancel: it calls {@link Cancellation#check()} between its steps; a cancelled run ends
     * with {@code failed} getting a {@link CancellationException}.
     */
    public <T> void runCancellable(String name, CancellableWork<T> work, Consumer<T> done,
                                   Consumer<Throwable> failed) {
        Cancellation cancellation = new Cancellation();
        cancel.set(() -> cancellation.cancelled = true);
        run(name, () -> work.call(cancellation), result -> {
            cancel.set(null);
            done.accept(result);
        }, error -> {
            cancel.set(null);
            failed.accept(error);
        });
    }

    /** Runs {@code work} on a background thread; then {@code done} or {@code failed} on the UI thread. */
    public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        progress.set(-1);
        task.setOnSucceeded(event -> {
            running.set(running.get() - 1);
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.set(running.get() - 1);
            failed.accept(task.getException());
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
