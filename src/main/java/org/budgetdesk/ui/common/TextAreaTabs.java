package org.budgetdesk.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a multi-line text field moves the focus on (Shift+Tab back), as in every other field of a form; Ctrl+Tab
 * types a tab when one is really wanted. (A text area's own keys are the other way round.)
 */
public final class TextAreaTabs {
    private static final String FORWARDED = TextAreaTabs.class.getName();

    private TextAreaTabs() {
    }

    /** Applies to every text area in the scene, dialogs included when they share it. */
    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, TextAreaTabs::pressed);
    }

    private static void pressed(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || !(event.getTarget() instanceof TextArea area)
                || area.getProperties().remove(FORWARDED) != null) {
            return;
        }
        event.consume();
        if (event.isControlDown()) {
            if (area.isEditable()) {
                area.replaceSelection("\t");
            }
            return;
        }
        // The text area's own behaviour moves the focus on Ctrl+Tab; hand it that key, marked so it passes here.
        area.getProperties().put(FORWARDED, Boolean.TRUE);
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false,
                false));
    }
}
