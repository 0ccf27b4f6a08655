package org.budgetdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.FileActions;

/**
 * The project file to open at start, read in the background from the moment its name is known (the command line at
 * launch, the last project once the settings are read) while the toolkit starts and the window is built. The window
 * locks the file as ever, then {@linkplain #read takes} what was read, provided the file's size and time are still
 * those it had before the read began; else, or when the read failed, it reads the file again, so errors are reported as
 * for any file. Used once: after that, and for any other file, it reads as {@link ProjectFiles#load} does.
 */
final class EarlyRead implements FileActions.Reading {
    private static volatile EarlyRead launched;
    private final Path file;
    private FutureTask<Read> task;

    /** The department read and the file's size and time before the read began. */
    private record Read(Department department, FileTime modified, long size) {
        boolean stillMatches(Path file) throws IOException {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            return now.lastModifiedTime().equals(modified) && now.size() == size;
        }
    }

    private EarlyRead(Path file) {
        this.file = file;
        this.task = new FutureTask<>(() -> {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            return new Read(new ProjectFiles().load(file), before.lastModifiedTime(), before.size());
        });
    }

    /** At launch: starts reading the file named on the command line, for the window to take ({@link #takeLaunched}). */
    static void atLaunch(String name) {
        try {
            launched = start(Path.of(name));
        } catch (InvalidPathException e) {
            launched = null;   // the window says what is wrong with the name when it opens it
        }
    }

    /** The read {@link #atLaunch} started, or null; once taken it is forgotten, so that nothing else holds it. */
    static EarlyRead takeLaunched() {
        EarlyRead read = launched;
        launched = null;
        return read;
    }

    /** Starts reading {@code file} in the background. */
    static EarlyRead start(Path file) {
        EarlyRead read = new EarlyRead(file);
        Thread thread = new Thread(read.task, "read-ahead");
        thread.setDaemon(true);
        thread.start();
        return read;
    }

    /** True once the background read has ended (or the read was taken); for tests. */
    synchronized boolean isDone() {
        return task == null || task.isDone();
    }

    @Override
    public synchronized Department read(Path requested) throws ProjectFileException {
        FutureTask<Read> pending = task;
        task = null;
        if (pending != null && requested.equals(file)) {
            try {
                Read read = pending.get();
                if (read.stillMatches(requested)) {
                    return read.department();
                }
            } catch (ExecutionException | IOException e) {
                // read it again below, which reports the problem as for any file
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ProjectFiles().load(requested);
    }
}
