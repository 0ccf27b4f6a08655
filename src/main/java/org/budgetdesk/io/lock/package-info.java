/**
 * Lock files that tell other BudgetDesk processes a project is open ({@link org.budgetdesk.io.lock.ProjectLock}).
 *
 * <p>Decisions: a lock is a plain file with its owner in JSON, not an OS file lock, because OS locks behave
 * differently on Windows (mandatory), Linux (per process) and network shares, and because the user must be told
 * who holds the project; liveness is judged by process id on the same computer.
 */
package org.budgetdesk.io.lock;
