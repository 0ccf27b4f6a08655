package org.budgetdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.model.Department;

/**
 * Exports an empty department in the requested formats to a temporary folder, in the background, while the command
 * reads the project (of 30 to 250 units or so: see ExportCommand). The first export of a process spends most of its
 * time on the office library's first run, not on the figures (100 units: about 1 s of the first export, 0.2 s of the
 * next; mostly loading, initializing and first running POI's classes), so doing that first run beside the read, on the
 * other core, takes it out of the command's time. The real export {@linkplain #await() waits} for it to end first, so
 * the two never run in the library at once; the folder is deleted, and anything that goes wrong here is ignored (the
 * real export reports its own problems).
 */
final class ExportWarmUp {
    private final Thread thread;

    private ExportWarmUp(List<ExportFormat> formats, ExportOptions options) {
        thread = new Thread(() -> run(formats, options), "export-warm-up");
        thread.setDaemon(true);
    }

    /** Starts the warm-up of {@code formats}, exported as {@code options} say. */
    static ExportWarmUp start(List<ExportFormat> formats, ExportOptions options) {
        ExportWarmUp warmUp = new ExportWarmUp(formats, options);
        warmUp.thread.start();
        return warmUp;
    }

    /** Waits until the warm-up has ended. */
    void await() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<ExportFormat> formats, ExportOptions options) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("budgetdesk-warm-up");
            Department empty = new Department("", 2021);
            for (ExportFormat format : formats) {
                format.create(fraction -> { }).export(empty, folder.resolve("empty" + format.extension()), options);
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real export does the same and reports what fails
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
