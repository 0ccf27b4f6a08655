package org.budgetdesk.catalog;

import java.util.Objects;

/**
 * One rename, move or removal between editions, from {@code changes.tsv}.
 *
 * @param kind    the classification
 * @param edition the first edition year with the new state
 * @param oldCode the code before
 * @param newCode the code after: the same for a rename, another for a move, empty when the code was removed
 * @param oldName the name before
 * @param newName the name after (empty when removed)
 * @param note    the source or what is uncertain about it
 */
public record CodeChange(CodeKind kind, int edition, String oldCode, String newCode, String oldName,
                         String newName, String note) {

    public CodeChange {
        Objects.requireNonNull(kind, "kind");
        CodeLevel.of(kind, oldCode);
        if (!newCode.isEmpty()) {
            CodeLevel.of(kind, newCode);
        }
    }

    /** True when the code itself changed (moved or removed). */
    public boolean codeChanged() {
        return !oldCode.equals(newCode);
    }

    /** True when the code was removed without a successor. */
    public boolean removed() {
        return newCode.isEmpty();
    }
}
