package org.budgetdesk.ui.overview;

import java.util.function.IntUnaryOperator;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * One paragraph list of the viewed unit (基本职能 or 年度重点工作任务): the numbered paragraphs, an editor for the
 * selected one that commits when the focus leaves it, and buttons to add, remove and move paragraphs.
 */
final class ParagraphsSection {
    private final Document document;
    private final ParagraphsViewModel viewModel;
    private final Messages messages;
    private final String id;
    private final ListView<String> list = new ListView<>();
    private final TextArea editor = new TextArea();
    private final VBox box = new VBox(6);
    /** Replacing the paragraphs (an edit, an undo) clears the list's selection; it is put back from here. */
    private final ListChangeListener<String> keepSelection = change -> restoreSelection();
    private ObservableList<String> shown;
    private int lastSelected = -1;

    ParagraphsSection(String id, String titleKey, Document document, ParagraphsViewModel viewModel,
                      Messages messages) {
        this.id = id;
        this.document = document;
        this.viewModel = viewModel;
        this.messages = messages;
        String title = messages.get(titleKey);
        list.setId(id + "List");
        list.setAccessibleText(title);
        list.setPrefHeight(150);
        list.setCellFactory(ignored -> new ParagraphCell());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, before, after) -> {
            if (after.intValue() >= 0) {
                lastSelected = after.intValue();
            }
        });
        showViewedUnit();
        document.viewedUnitProperty().addListener((obs, before, after) -> showViewedUnit());

        BooleanBinding readOnly = document.readOnlyProperty();
        BooleanBinding noneSelected = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        editor.setId(id + "Editor");
        editor.setAccessibleText(messages.format("overview.paragraphs.editor", title));
        editor.setPromptText(messages.get("overview.paragraphs.editorPrompt"));
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.disableProperty().bind(readOnly.or(noneSelected));
        FieldCommit.install(editor, list.getSelectionModel().selectedItemProperty(), text -> {
            select(viewModel.edit(list.getSelectionModel().getSelectedIndex(), text));
            return null;
        });
        Button add = button("Add", "overview.paragraphs.add", index -> {
            int added = viewModel.add(index);
            if (added >= 0) {
                select(added);
                editor.requestFocus();
            }
            return added;
        });
        add.disableProperty().bind(readOnly);
        Button remove = button("Remove", "overview.paragraphs.remove", viewModel::remove);
        Button up = button("Up", "overview.paragraphs.up", viewModel::moveUp);
        Button down = button("Down", "overview.paragraphs.down", viewModel::moveDown);
        for (Button button : new Button[] {remove, up, down}) {
            button.disableProperty().bind(readOnly.or(noneSelected));
        }
        box.setId(id);
        box.getChildren().addAll(list, editor, new HBox(8, add, remove, up, down));
    }

    Node node() {
        return box;
    }

    private void showViewedUnit() {
        if (shown != null) {
            shown.removeListener(keepSelection);
        }
        shown = viewModel.paragraphs(document.viewedUnitProperty().get());
        lastSelected = -1;
        list.setItems(shown);
        shown.addListener(keepSelection);
    }

    private void restoreSelection() {
        if (list.getSelectionModel().getSelectedIndex() < 0 && lastSelected >= 0) {
            select(Math.min(lastSelected, list.getItems().size() - 1));
        }
    }

    private Button button(String suffix, String key, IntUnaryOperator action) {
        Button button = new Button(messages.get(key));
        button.setId(id + suffix);
        button.setAccessibleText(messages.get(key));
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> select(action.applyAsInt(list.getSelectionModel().getSelectedIndex())));
        return button;
    }

    private void select(int index) {
        if (index >= 0 && index < list.getItems().size()) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(index);
        }
    }

    /** A paragraph with its number, wrapped to the list's width. */
    private final class ParagraphCell extends ListCell<String> {
        ParagraphCell() {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty || text == null ? null : (getIndex() + 1) + ". " + text);
        }
    }
}
