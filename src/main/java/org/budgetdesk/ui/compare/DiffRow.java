package org.budgetdesk.ui.compare;

import org.budgetdesk.compare.Difference;
import org.budgetdesk.model.DisclosureSection;

/** A row of the comparison table: a section heading with its count, or one difference. */
record DiffRow(DisclosureSection section, int count, Difference difference) {

    static DiffRow heading(DisclosureSection section, int count) {
        return new DiffRow(section, count, null);
    }

    static DiffRow of(Difference difference) {
        return new DiffRow(difference.section(), 0, difference);
    }

    boolean isHeading() {
        return difference == null;
    }
}
