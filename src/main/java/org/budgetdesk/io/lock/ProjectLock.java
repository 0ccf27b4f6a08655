package org.budgetdesk.io.lock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdesk.io.AtomicFiles;

/**
 * A lock file beside a project, {@code .NAME.budget.lock}, telling other BudgetDesk processes (on this computer or,
 * through a shared folder, on others) that someone has the project open. It is advisory: it guards against two
 * people silently overwriting each other's work, not against other programs.
 *
 * <p>The file is created with {@code CREATE_NEW}, so of two processes racing for a project exactly one wins; an
 * existing lock file is only ever replaced or deleted under a short-lived {@code .NAME.budget.lock.busy} file (see
 * {@code LockFiles}), so it never vanishes while it is live. A lock whose owner is gone is stale and is taken over
 * without asking (the result names its owner, so the user can be told): on this computer that is a process id that no
 * longer runs (or this process's own id on a lock this process does not hold, as after a restart that reused the id); a
 * lock from another computer is always taken as live, since its process cannot be checked. Content that is not a lock
 * (cut off, emptied) counts as stale, after up to two seconds' wait when the file is new, as its owner may still be
 * writing it.
 *
 * <p>Creating or removing the file can fail (a read-only folder): then {@link IOException} is thrown and the
 * workbench may open the project without a lock. Calls do file I/O; run them off the UI thread where possible.
 */
public final class ProjectLock {
    private static final String SUFFIX = ".lock";
    private static final int ATTEMPTS = 5;
    /** The locks this process holds, to tell them from stale locks that carry this process's id. */
    private static final Set<ProjectLock> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Owner owner;
    private final byte[] content;

    private ProjectLock(Path file, Owner owner) {
        this.file = file;
        this.owner = owner;
        this.content = owner.toJson();
    }

    /** The lock file of a project: {@code .NAME.budget.lock} in the project's folder. */
    public static Path lockFileFor(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + SUFFIX);
    }

    /** Locks a project for {@code self}, unless a live owner holds it; a stale lock is replaced. */
    public static LockResult acquire(Path project, Owner self) throws IOException {
        ProjectLock lock = new ProjectLock(lockFileFor(project), Objects.requireNonNull(self, "self"));
        HELD.add(lock);
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (LockFiles.createNew(lock.file, lock.content)) {
                    return new LockResult.Acquired(lock);
                }
                byte[] existing = LockFiles.readSettled(lock.file);
                Owner other = existing == null ? null : Owner.fromJson(existing);
                if (other != null && isAlive(other, lock.file)) {
                    HELD.remove(lock);
                    return new LockResult.HeldBy(other);
                }
                if (existing != null && LockFiles.whileBusy(lock.file, () -> lock.replaceIf(existing))) {
                    return new LockResult.Acquired(lock, other);
                }
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(lock);
            throw e;
        }
        HELD.remove(lock);
        throw new IOException("The lock " + lock.file + " kept changing while being acquired; try again.");
    }

    /** Makes {@code self} the owner whoever held the project before: the user chose to take it over. */
    public static ProjectLock takeOver(Path project, Owner self) throws IOException {
        ProjectLock lock = new ProjectLock(lockFileFor(project), Objects.requireNonNull(self, "self"));
        HELD.add(lock);
        try {
            LockFiles.whileBusy(lock.file, () -> {
                AtomicFiles.write(lock.file, lock.content);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            HELD.remove(lock);
            throw e;
        }
        return lock;
    }

    /** The owner the lock file names now, if it names one; for showing who holds a project. */
    public static Optional<Owner> ownerOf(Path project) throws IOException {
        byte[] existing = LockFiles.read(lockFileFor(project));
        return Optional.ofNullable(existing == null ? null : Owner.fromJson(existing));
    }

    /**
     * Deletes the lock file of a project when it names a process of this computer that no longer runs, as a crash
     * leaves it; a live lock, one from another computer, or content that is not a lock is left alone. For when the
     * crashed session's work is declined and nobody will take the lock over. Returns true when a lock was deleted.
     */
    public static boolean removeIfStale(Path project) throws IOException {
        Path file = lockFileFor(project);
        byte[] existing = LockFiles.readSettled(file);
        Owner owner = existing == null ? null : Owner.fromJson(existing);
        if (owner == null || isAlive(owner, file)) {
            return false;
        }
        return LockFiles.whileBusy(file, () -> {
            if (!Arrays.equals(LockFiles.read(file), existing)) {
                return false;
            }
            Files.delete(file);
            return true;
        });
    }

    public Path file() {
        return file;
    }

    public Owner owner() {
        return owner;
    }

    /** True while the lock file is still this lock, i.e. nobody took it over and nobody deleted it. */
    public boolean isHeld() throws IOException {
        return Arrays.equals(LockFiles.read(file), content);
    }

    /** Deletes the lock file if it is still this lock; a lock someone else took over is left to them. */
    public void release() throws IOException {
        HELD.remove(this);
        if (!isHeld()) {
            return;
        }
        LockFiles.whileBusy(file, () -> {
            if (isHeld()) {
                Files.delete(file);
            }
            return null;
        });
    }

    /** Replaces the lock file with this lock if it still has the content that was judged stale. */
    private boolean replaceIf(byte[] stale) throws IOException {
        if (!Arrays.equals(LockFiles.read(file), stale)) {
            return false;
        }
        AtomicFiles.write(file, content);
        return true;
    }

    private static boolean isAlive(Owner other, Path file) {
        if (!other.isOnThisHost()) {
            return true;
        }
        if (other.pid() == ProcessHandle.current().pid()) {
            return HELD.stream().anyMatch(lock -> lock.file.equals(file) && lock.owner.equals(other));
        }
        return ProcessHandle.of(other.pid()).isPresent();
    }
}
