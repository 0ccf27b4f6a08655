package org.budgetdesk.ui.check;

import org.budgetdesk.check.Finding;

/** A row of the findings table: a tab's heading (no finding) or one finding under it. */
public record CheckRow(String title, Finding finding) {

    static CheckRow heading(String title) {
        return new CheckRow(title, null);
    }

    static CheckRow of(Finding finding) {
        return new CheckRow(null, finding);
    }

    public boolean isHeading() {
        return finding == null;
    }
}
