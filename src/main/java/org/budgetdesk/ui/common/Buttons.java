package org.budgetdesk.ui.common;

import javafx.scene.control.Button;
import org.budgetdesk.i18n.Messages;

/** Buttons as every view makes them: text from the bundle, an id for tests, the same text for screen readers. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(Messages messages, String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setOnAction(event -> action.run());
        return button;
    }
}
