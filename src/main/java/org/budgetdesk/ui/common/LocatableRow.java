package org.budgetdesk.ui.common;

/**
 * A table row that can say whether a place a finding or a comment names — a classification code and a dotted
 * field, as {@code org.budgetdesk.check.Location} documents them — is on it, so a jump can select it.
 */
public interface LocatableRow {
    boolean isAt(String code, String field);
}
