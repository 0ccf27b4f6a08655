package org.budgetdesk.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.ui.common.SheetView;

/**
 * 编辑 → 剪切/复制/粘贴/删除/全选: each acts on what has the keyboard focus — a text field's text, or a table's
 * selected cells (as its keys do: a block is one undo step).
 */
final class EditActions {
    private final Supplier<Scene> scene;

    EditActions(Supplier<Scene> scene) {
        this.scene = scene;
    }

    void cut() {
        act(true, TextInputControl::cut, SheetView::cut);
    }

    void copy() {
        act(false, TextInputControl::copy, SheetView::copy);
    }

    void paste() {
        act(true, TextInputControl::paste, SheetView::paste);
    }

    void delete() {
        act(true, field -> {
            if (field.getSelection().getLength() > 0) {
                field.replaceSelection("");
            } else {
                field.deleteNextChar();
            }
        }, SheetView::delete);
    }

    void selectAll() {
        act(false, TextInputControl::selectAll, SheetView::selectAll);
    }

    /** @param changesText whether the action changes a text field's text (then a read-only field is left alone) */
    private void act(boolean changesText, Consumer<TextInputControl> onText, Consumer<SheetView<?>> onSheet) {
        Node owner = scene.get() == null ? null : scene.get().getFocusOwner();
        if (owner instanceof TextInputControl field) {
            if (field.isEditable() && !field.isDisabled() || !changesText) {
                onText.accept(field);
            }
            return;
        }
        sheetOf(owner).ifPresent(onSheet);
    }

    private static Optional<SheetView<?>> sheetOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TreeTableView<?> table) {
                return SheetView.of(table);
            }
        }
        return Optional.empty();
    }
}
