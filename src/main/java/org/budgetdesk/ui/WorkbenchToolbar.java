package org.budgetdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.util.StringConverter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;

/** The toolbar: the most used file and edit commands, and the display unit. */
final class WorkbenchToolbar {
    private final ToolBar bar = new ToolBar();
    private final Messages messages;

    WorkbenchToolbar(Document document, Messages messages, FileActions files) {
        this.messages = messages;
        bar.setId("toolbar");
        Button undo = button("toolbarUndo", "menu.edit.undo", document.undoManager()::undo);
        undo.disableProperty().bind(document.undoManager().canUndoProperty().not());
        Button redo = button("toolbarRedo", "menu.edit.redo", document.undoManager()::redo);
        redo.disableProperty().bind(document.undoManager().canRedoProperty().not());
        ChoiceBox<DisplayUnit> unit = new ChoiceBox<>();
        unit.setId("toolbarDisplayUnit");
        unit.setAccessibleText(messages.get("menu.view.unit"));
        unit.getItems().setAll(DisplayUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(DisplayUnit value) {
                return value == null ? "" : messages.format("toolbar.displayUnit", messages.of(value));
            }

            @Override
            public DisplayUnit fromString(String text) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(document.displayUnitProperty());
        bar.getItems().addAll(
                button("toolbarNew", "menu.file.new", files::newProject),
                button("toolbarOpen", "menu.file.open", files::open),
                button("toolbarSave", "menu.file.save", files::save),
                new Separator(), undo, redo, new Separator(), unit, new Separator());
    }

    ToolBar node() {
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = Buttons.of(messages, id, key, action);
        button.setFocusTraversable(false);
        return button;
    }
}
