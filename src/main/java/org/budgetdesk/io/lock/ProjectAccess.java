package org.budgetdesk.io.lock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdesk.io.OutputPaths;

/**
 * How a project file about to be shown may be used: written under our lock (taken over from a stale owner, maybe),
 * held by another running BudgetDesk, or read-only — the file itself is read-only, or its folder refuses the lock
 * file (no write access, a read-only share). A read-only project is still shown, never replaced by an empty one.
 * {@link #of} does file I/O: call it off the UI thread.
 */
public sealed interface ProjectAccess {

    /** Ours to write: {@code lock} is held; {@code staleOwner} is whose stale lock it replaced, or {@code null}. */
    record Writable(ProjectLock lock, Owner staleOwner) implements ProjectAccess {
    }

    /** Another BudgetDesk that still runs (or one on another computer) has the file open. */
    record HeldByOther(Owner owner) implements ProjectAccess {
    }

    /** Cannot be written here: {@code fileItself} when the file is read-only, else its folder refuses. */
    record ReadOnly(boolean fileItself) implements ProjectAccess {
    }

    /** Decides, locking the file for {@code self} when it may be written. */
    static ProjectAccess of(Path file, Owner self) {
        if (Files.isRegularFile(file) && OutputPaths.isReadOnly(file)) {
            return new ReadOnly(true);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return new ReadOnly(false);
        }
        try {
            LockResult result = ProjectLock.acquire(file, self);
            if (result instanceof LockResult.HeldBy held) {
                return new HeldByOther(held.owner());
            }
            LockResult.Acquired acquired = (LockResult.Acquired) result;
            return new Writable(acquired.lock(), acquired.staleOwner());
        } catch (IOException e) {
            return new ReadOnly(false);     // the lock file cannot be made: the folder does not let us write
        }
    }

    /** Gives up the lock, if this access holds one; for a project that failed to load after all. */
    default void release() {
        if (this instanceof Writable writable) {
            try {
                writable.lock().release();
            } catch (IOException e) {
                // A lock left behind names this process; it is stale once this process ends.
            }
        }
    }
}
