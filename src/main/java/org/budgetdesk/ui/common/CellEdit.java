package org.budgetdesk.ui.common;

import org.budgetdesk.undo.Command;

/** What committing a cell's text gives: a command to run, or the message saying why the text is refused. */
public record CellEdit(Command command, String error) {

    public static CellEdit of(Command command) {
        return new CellEdit(command, null);
    }

    public static CellEdit refused(String error) {
        return new CellEdit(null, error);
    }

    public boolean isRefused() {
        return error != null;
    }
}
