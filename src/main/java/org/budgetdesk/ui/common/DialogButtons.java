package org.budgetdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.budgetdesk.i18n.Messages;

/**
 * The buttons every dialog shares (确定, 取消, 关闭), worded in the workbench's language. JavaFX's own
 * {@link ButtonType#OK} and its kin take their words from the system's language, so a Chinese workbench on an
 * English Windows would show “OK” and “Cancel”.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** An alert titled with the program's name, with {@code buttons} (or 确定 alone when none is given). */
    public static Alert alert(Alert.AlertType type, String text, Messages messages, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons.length == 0 ? new ButtonType[] {ok(messages)} : buttons);
        alert.setTitle(messages.get("app.title"));
        return alert;
    }
}
