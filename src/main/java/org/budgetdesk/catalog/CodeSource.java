package org.budgetdesk.catalog;

/**
 * Where the name of a code comes from. Look-ups and the P4 check tell the user which, so a name can be traced
 * and corrected where it was made.
 */
public enum CodeSource {
    /** A list shipped inside BudgetDesk (the resources beside this package). */
    SHIPPED,
    /** A list the user imported for an edition year (stored in the user's settings folder). */
    IMPORTED,
    /** Carried by the project file: the name the catalog where the project was saved gave an official code. */
    PROJECT,
    /** Added by the user to this project because no list has it. */
    CUSTOM
}
