package org.budgetdesk.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Work on a snapshot of the model, off the UI thread: the caller takes the snapshot on the UI thread, the work runs
 * on a background thread and its result comes back on the UI thread — unless a newer request was made meanwhile
 * (an edit arrived), in which case it is dropped, so what is shown always ends on the latest figures; work a newer
 * request overtook before it started is skipped. The live explanation and the 检查 tab work this way.
 */
public final class LatestOnly {
    /** The workbench's one thread for such work. */
    private static final ExecutorService SHARED = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "snapshot-work");
        thread.setDaemon(true);
        return thread;
    });

    private final Executor background;
    private final Executor ui;
    /** Counts the requests; written on the UI thread only, read on the background thread too. */
    private volatile long requested;

    /**
     * @param background where the work runs
     * @param ui         where results are published (the UI thread)
     */
    public LatestOnly(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** The workbench's: the shared background thread, results on the JavaFX thread. */
    public static LatestOnly onFxThread() {
        return new LatestOnly(SHARED, Platform::runLater);
    }

    /**
     * Runs {@code work} in the background; then, on the UI thread and only if no request came after this one,
     * {@code publish} with its result or {@code failed} with what it threw. Call on the UI thread.
     */
    public <T> void run(Supplier<T> work, Consumer<T> publish, Consumer<Throwable> failed) {
        long ticket = ++requested;
        background.execute(() -> {
            if (ticket != requested) {
                return;   // a newer request came before this one's work started: its result would be dropped
            }
            try {
                T result = work.get();
                ui.execute(() -> {
                    if (ticket == requested) {
                        publish.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {   // an error too (out of memory): the work must not vanish
                ui.execute(() -> {
                    if (ticket == requested) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Drops the results of the requests made so far, e.g. when a newer one failed before it could start. */
    public void dropPending() {
        requested++;
    }
}
