package org.budgetdesk;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file support can ask for: {@code budgetdesk.0.log} in the user's log folder, rotated to {@code .1} and
 * {@code .2} at 1 MB, through java.util.logging. It receives every {@code org.budgetdesk} logger (start-up, files
 * opened and saved) and every uncaught exception, the UI thread's included. Only the window's start starts it
 * ({@link Launcher}, waited for by {@link App}), so tests never write into the real home folder.
 */
final class AppLog {
    static final String FILE_PATTERN = "budgetdesk.%g.log";
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 3;
    /** Held here: java.util.logging keeps loggers weakly, and a collected logger loses its handler. */
    private static final Logger LOG = Logger.getLogger("org.budgetdesk");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    /** The thread {@link #startInBackground} started, or null. */
    private static Thread starting;

    private AppLog() {
    }

    /**
     * Starts the log on a thread of its own: java.util.logging's set-up takes 20-50 ms of a cold start, which the
     * toolkit's start then hides instead of delaying the window. {@link #awaitStarted} waits for it.
     */
    static synchronized void startInBackground(Path folder) {
        starting = new Thread(() -> start(folder), "log-start");
        starting.setDaemon(true);
        starting.start();
    }

    /** Returns once the log {@link #startInBackground} started is open (at once when none was started). */
    static void awaitStarted() {
        Thread thread;
        synchronized (AppLog.class) {
            thread = starting;
        }
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the log file in {@code folder} (appending), logs the start and routes uncaught exceptions to it. */
    static void start(Path folder) {
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new LineFormatter());
            LOG.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            System.err.println("BudgetDesk: no log file in " + folder + ": " + e);
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(Level.SEVERE, "uncaught exception in thread " + thread.getName(), error));
        LOG.info(() -> "BudgetDesk " + App.class.getPackage().getImplementationVersion() + " starting; Java "
                + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", locale "
                + Locale.getDefault().toLanguageTag() + ", log folder " + folder);
    }

    /** One line per record, {@code 2026-11-27 16:30:01.123 INFO org.budgetdesk.ui.FileActions: opened …}. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord entry) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(entry.getMillis()))).append(' ')
                    .append(entry.getLevel()).append(' ')
                    .append(entry.getLoggerName()).append(": ")
                    .append(formatMessage(entry)).append(System.lineSeparator());
            if (entry.getThrown() != null) {
                StringWriter trace = new StringWriter();
                entry.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
