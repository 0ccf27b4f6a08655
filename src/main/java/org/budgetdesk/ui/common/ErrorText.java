package org.budgetdesk.ui.common;

import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.OutputRefusedException;
import org.budgetdesk.io.ProjectFileException;

/** The sentence a dialog shows for a failure of background work: the typed errors speak the user's language. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String describe(Throwable error, Messages messages) {
        if (error instanceof ProjectFileException e) {
            return e.message(messages.locale());
        }
        if (error instanceof OutputRefusedException e) {
            return e.message(messages.locale());
        }
        if (error instanceof OutOfMemoryError) {
            return messages.get("error.outOfMemory");
        }
        return error.getMessage() != null ? error.getMessage() : String.valueOf(error);
    }
}
