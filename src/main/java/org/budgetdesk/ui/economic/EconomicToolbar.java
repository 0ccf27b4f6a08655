package org.budgetdesk.ui.economic;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.SheetView;

/** Above the economic table: add a 款 line by code or name with completion, add a custom code, remove a line. */
final class EconomicToolbar {
    private static final int MAX_SUGGESTIONS = 12;
    private static final String PICKED_STYLE =
            "-fx-background-color: -fx-selection-bar; -fx-text-fill: -fx-selection-bar-text;";
    private final HBox box = new HBox(8);
    private final EconomicViewModel viewModel;
    private final SheetView<EconomicRow> sheet;
    private final Messages messages;
    private final TextField codeField = new TextField();
    private final Label problem = new Label();
    private final ContextMenu suggestions = new ContextMenu();
    private int picked = -1;

    EconomicToolbar(EconomicViewModel viewModel, SheetView<EconomicRow> sheet, ObservableBooleanValue readOnly,
                    Messages messages) {
        this.viewModel = viewModel;
        this.sheet = sheet;
        this.messages = messages;
        codeField.setId("economicAddCode");
        codeField.setPromptText(messages.get("economic.add.prompt"));
        codeField.setAccessibleText(messages.get("economic.add.prompt"));
        codeField.setPrefColumnCount(22);
        codeField.textProperty().addListener((obs, before, after) -> suggest(after));
        codeField.setOnAction(event -> add());
        // While suggestions show, the menu receives the keys; it is driven here so that Up and Down pick a
        // suggestion, Enter takes the picked one into the field, and Enter with none picked adds what was typed.
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, this::suggestionKey);
        Button add = button("economicAdd", "economic.add", this::add);
        Button custom = button("economicAddCustom", "economic.addCustom", this::addCustom);
        Button remove = button("economicRemove", "economic.remove", this::remove);
        for (Node node : new Node[] {codeField, add, custom, remove}) {
            node.disableProperty().bind(readOnly);
        }
        problem.setId("economicAddProblem");
        problem.getStyleClass().add("sheet-message");
        box.setPadding(new Insets(0, 0, 8, 0));
        box.getChildren().addAll(codeField, add, custom, remove, problem);
    }

    Node node() {
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void suggestionKey(KeyEvent event) {
        KeyCode code = event.getCode();
        int count = suggestions.getItems().size();
        if (count == 0) {
            return;
        }
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            pick(Math.floorMod(picked + (code == KeyCode.DOWN ? 1 : -1), count));
            event.consume();
        } else if (code == KeyCode.ENTER) {
            event.consume();
            if (picked >= 0) {
                suggestions.getItems().get(picked).fire();
            } else {
                suggestions.hide();
                add();
            }
        }
    }

    private void pick(int index) {
        picked = index;
        for (int i = 0; i < suggestions.getItems().size(); i++) {
            Node label = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            label.setStyle(i == index ? PICKED_STYLE : "");
        }
    }

    private void suggest(String text) {
        suggestions.getItems().clear();
        picked = -1;
        if (text.isBlank() || !codeField.isFocused()) {
            suggestions.hide();
            return;
        }
        for (CatalogEntry entry : viewModel.suggestions(text)) {
            Label label = new Label(entry.code() + "  " + entry.name());
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(event -> {
                codeField.setText(entry.code() + " " + entry.name());
                suggestions.hide();
                codeField.end();
            });
            suggestions.getItems().add(item);
            if (suggestions.getItems().size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        if (suggestions.getItems().isEmpty()) {
            suggestions.hide();
        } else if (!suggestions.isShowing() && codeField.getScene() != null) {
            suggestions.show(codeField, Side.BOTTOM, 0, 0);
        }
    }

    private void add() {
        String error = viewModel.addLine(codeField.getText());
        problem.setText(error == null ? "" : error);
        if (error == null) {
            codeField.clear();
            suggestions.hide();
        }
    }

    private void addCustom() {
        TextInputDialog codeDialog = new TextInputDialog(codeField.getText().strip().split("\\s+")[0]);
        codeDialog.setHeaderText(messages.get("economic.addCustom.code"));
        codeDialog.getEditor().setId("economicCustomCode");
        codeDialog.getEditor().setAccessibleText(messages.get("economic.addCustom.code"));
        codeDialog.initOwner(box.getScene().getWindow());
        codeDialog.showAndWait().ifPresent(code -> {
            TextInputDialog nameDialog = new TextInputDialog();
            nameDialog.setHeaderText(messages.format("economic.addCustom.name", code.strip()));
            nameDialog.getEditor().setId("economicCustomName");
            nameDialog.getEditor().setAccessibleText(messages.format("economic.addCustom.name", code.strip()));
            nameDialog.initOwner(box.getScene().getWindow());
            nameDialog.showAndWait().ifPresent(name -> {
                String error = viewModel.addCustomLine(code, name);
                problem.setText(error == null ? "" : error);
            });
        });
    }

    private void remove() {
        TreeItem<EconomicRow> focused = sheet.table().getFocusModel().getFocusedItem();
        EconomicRow row = focused == null ? null : focused.getValue();
        String error = viewModel.removeLine(row == null ? null : row.line());
        problem.setText(error == null ? "" : error);
    }
}
