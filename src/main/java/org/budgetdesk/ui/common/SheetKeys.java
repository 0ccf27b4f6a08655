package org.budgetdesk.ui.common;

import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keyboard of a {@link SheetView} outside a cell editor: typing, Enter, Tab, F2, Delete, copy and paste. */
final class SheetKeys<R> {
    private final SheetView<R> sheet;

    SheetKeys(SheetView<R> sheet) {
        this.sheet = sheet;
    }

    void install() {
        sheet.table().addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        sheet.table().addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private boolean editing() {
        return sheet.table().getEditingCell() != null;
    }

    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (editing() || event.isShortcutDown() || event.isAltDown() || character.isEmpty()
                || Character.isISOControl(character.charAt(0))) {
            return;
        }
        event.consume();
        sheet.editWithTypedText(character);
    }

    private void pressed(KeyEvent event) {
        if (editing()) {
            return;
        }
        KeyCode code = event.getCode();
        boolean handled = true;
        if (code == KeyCode.ENTER) {
            sheet.moveFocus(event.isShiftDown() ? -1 : 1, 0);
        } else if (code == KeyCode.TAB) {
            sheet.moveFocus(0, event.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.F2) {
            TreeTablePosition<R, ?> focus = sheet.table().getFocusModel().getFocusedCell();
            if (focus != null && focus.getTableColumn() != null) {
                sheet.table().edit(focus.getRow(), focus.getTableColumn());
            }
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            SheetClipboard.clear(sheet);
        } else if (event.isShortcutDown() && code == KeyCode.C) {
            ClipboardContent content = new ClipboardContent();
            content.putString(SheetClipboard.copy(sheet));
            Clipboard.getSystemClipboard().setContent(content);
        } else if (event.isShortcutDown() && code == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                SheetClipboard.paste(sheet, text);
            }
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }
}
