package org.budgetdesk.ui.common;

/**
 * A table row that can say whether a place a finding or a comment names — a classification code and a dotted
 * field, as {@code org.budgetdesk.check.Location} documents them — is on it, so a jump can select it.
 */
public interface LocatableRow {
    boolean isAt(String code, String field);

    /**
     * The row as the line part of a comment's key ({@code 2080101/GENERAL_PUBLIC_BUDGET}, {@code 30101},
     * {@code GENERAL_PUBLIC_BUDGET}); empty when a comment on it can only be on the whole section.
     */
    String placeKey();
}
