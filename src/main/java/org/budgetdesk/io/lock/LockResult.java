package org.budgetdesk.io.lock;

import java.util.Objects;

/**
 * What {@link ProjectLock#acquire} found: the lock is ours ({@link Acquired}), or another running BudgetDesk holds
 * the project ({@link HeldBy}), in which case the workbench asks whether to open it read-only or to
 * {@link ProjectLock#takeOver take it over}.
 *
 * <pre>{@code
 * LockResult result = ProjectLock.acquire(file, Owner.current());
 * if (result instanceof LockResult.HeldBy held) {
 *     // "Opened by " + held.owner().user() + " on " + held.owner().host() + " since " + held.owner().since()
 * }
 * }</pre>
 */
public sealed interface LockResult {
    /** True when the lock is ours. */
    boolean acquired();

    /**
     * The lock is ours; release it when the project is closed. {@code staleOwner} is the owner of a stale lock that
     * was taken over (a process of this computer that no longer runs), so the user can be told; {@code null} when
     * there was none or it named nobody.
     */
    record Acquired(ProjectLock lock, Owner staleOwner) implements LockResult {
        public Acquired {
            Objects.requireNonNull(lock, "lock");
        }

        /** A lock acquired where none was. */
        public Acquired(ProjectLock lock) {
            this(lock, null);
        }

        @Override
        public boolean acquired() {
            return true;
        }
    }

    /** A process that still runs (or one on another computer, which cannot be checked) holds the project. */
    record HeldBy(Owner owner) implements LockResult {
        public HeldBy {
            Objects.requireNonNull(owner, "owner");
        }

        @Override
        public boolean acquired() {
            return false;
        }
    }
}
