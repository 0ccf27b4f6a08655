package org.budgetdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.lock.LockResult;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;

/**
 * The lock of the file the window shows ({@code .NAME.budget.lock}), traded for another file's when another is shown
 * or saved to, and given up when the project is closed.
 */
final class HeldLock {
    private static final Logger LOG = Logger.getLogger(HeldLock.class.getName());
    private ProjectLock lock;
    private Path file;

    /** Gives up the lock held (in the background) and holds {@code newLock} of {@code newFile}; null for none. */
    void trade(ProjectLock newLock, Path newFile) {
        release();
        lock = newLock;
        file = newLock == null ? null : normalized(newFile);
    }

    /** True when the lock held is {@code other}'s. */
    boolean isOf(Path other) {
        return lock != null && normalized(other).equals(file);
    }

    /**
     * Gives up the lock, in the background. The thread is not a daemon: when the window closes, the program does not
     * end before the lock file is gone.
     */
    void release() {
        ProjectLock released = forget();
        if (released != null) {
            Thread thread = new Thread(() -> release(released), "release-lock");
            thread.setDaemon(false);
            thread.start();
        }
    }

    /** Gives up the lock now, on the calling thread: for an exit that would not wait for {@link #release()}'s. */
    void releaseNow() {
        ProjectLock released = forget();
        if (released != null) {
            release(released);
        }
    }

    /** Locks a file about to be written; a file held by another BudgetDesk is not overwritten. */
    static ProjectLock forSaving(Path file, Messages messages) throws IOException {
        LockResult result = ProjectLock.acquire(file, Owner.current());
        if (result instanceof LockResult.HeldBy held) {
            throw new IOException(messages.format("file.locked.cannotSave", held.owner().user(), held.owner().host()));
        }
        return ((LockResult.Acquired) result).lock();
    }

    private ProjectLock forget() {
        ProjectLock released = lock;
        lock = null;
        file = null;
        return released;
    }

    private static void release(ProjectLock released) {
        try {
            released.release();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not release the lock " + released.file(), e);
        }
    }

    private static Path normalized(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
