package org.budgetdesk.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a {@link SheetView} outside a cell editor: typing, Enter and Tab (to the next entered cell), F2,
 * Delete, Ctrl+Arrow (to the edge of the block), Ctrl+D (fill down), cut, copy and paste.
 */
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
        if (handled(event)) {
            event.consume();
        }
    }

    private boolean handled(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean shortcut = event.isShortcutDown();
        if (code == KeyCode.ENTER) {
            SheetMoves.step(sheet, event.isShiftDown() ? -1 : 1, 0);
        } else if (code == KeyCode.TAB && !shortcut) {
            SheetMoves.step(sheet, 0, event.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.F2) {
            sheet.editWithTypedText(null);
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            sheet.delete();
        } else if (shortcut && code.isArrowKey() && !event.isShiftDown()) {
            SheetMoves.jump(sheet, code == KeyCode.DOWN ? 1 : code == KeyCode.UP ? -1 : 0,
                    code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0);
        } else if (shortcut && code == KeyCode.D) {
            sheet.fillDown();
        } else if (shortcut && code == KeyCode.C) {
            sheet.copy();
        } else if (shortcut && code == KeyCode.X) {
            sheet.cut();
        } else if (shortcut && code == KeyCode.V || event.isShiftDown() && code == KeyCode.INSERT) {
            sheet.paste();
        } else {
            return false;
        }
        return true;
    }
}
