package org.budgetdesk.ui.functional;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.SheetView;

/** Above the functional table: add a line by code or name with completion, add a custom code, remove a line. */
final class LineToolbar {
    private final HBox box = new HBox(8);
    private final FunctionalViewModel viewModel;
    private final SheetView<FunctionalRow> sheet;
    private final Messages messages;
    private final TextField codeField = new TextField();
    private final ChoiceBox<FundingSource> sourceChoice = new ChoiceBox<>();
    private final Label problem = new Label();
    private final ContextMenu suggestions = new ContextMenu();

    LineToolbar(FunctionalViewModel viewModel, SheetView<FunctionalRow> sheet, ObservableBooleanValue readOnly,
                Messages messages) {
        this.viewModel = viewModel;
        this.sheet = sheet;
        this.messages = messages;
        codeField.setId("addLineCode");
        codeField.setPromptText(messages.get("functional.add.prompt"));
        codeField.setAccessibleText(messages.get("functional.add.prompt"));
        codeField.setPrefColumnCount(22);
        codeField.textProperty().addListener((obs, before, after) -> suggest(after));
        codeField.setOnAction(event -> add());
        sourceChoice.setId("addLineSource");
        sourceChoice.setAccessibleText(messages.get("functional.column.source"));
        sourceChoice.getItems().setAll(FundingSource.values());
        sourceChoice.setValue(FundingSource.GENERAL_PUBLIC_BUDGET);
        sourceChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FundingSource source) {
                return source == null ? "" : messages.of(source);
            }

            @Override
            public FundingSource fromString(String text) {
                return null;
            }
        });
        Button add = button("addLine", "functional.add", this::add);
        Button custom = button("addCustomLine", "functional.addCustom", this::addCustom);
        Button remove = button("removeLine", "functional.remove", this::remove);
        for (Node node : new Node[] {codeField, sourceChoice, add, custom, remove}) {
            node.disableProperty().bind(readOnly);
        }
        problem.setId("addLineProblem");
        problem.getStyleClass().add("sheet-message");
        box.setPadding(new Insets(0, 0, 8, 0));
        box.getChildren().addAll(codeField, sourceChoice, add, custom, remove, problem);
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

    private void suggest(String text) {
        suggestions.getItems().clear();
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
            if (suggestions.getItems().size() == 12) {
                break;
            }
        }
        if (suggestions.getItems().isEmpty()) {
            suggestions.hide();
        } else if (!suggestions.isShowing() && codeField.getScene() != null) {
            suggestions.show(codeField, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    private void add() {
        String error = viewModel.addLine(codeField.getText(), sourceChoice.getValue());
        problem.setText(error == null ? "" : error);
        if (error == null) {
            codeField.clear();
            suggestions.hide();
        }
    }

    private void addCustom() {
        TextInputDialog codeDialog = new TextInputDialog(codeField.getText().strip().split("\\s+")[0]);
        codeDialog.setHeaderText(messages.get("functional.addCustom.code"));
        codeDialog.initOwner(box.getScene().getWindow());
        codeDialog.showAndWait().ifPresent(code -> {
            TextInputDialog nameDialog = new TextInputDialog();
            nameDialog.setHeaderText(messages.format("functional.addCustom.name", code.strip()));
            nameDialog.initOwner(box.getScene().getWindow());
            nameDialog.showAndWait().ifPresent(name -> {
                String error = viewModel.addCustomLine(code, name, sourceChoice.getValue());
                problem.setText(error == null ? "" : error);
            });
        });
    }

    private void remove() {
        var focused = sheet.table().getFocusModel().getFocusedItem();
        FunctionalRow row = focused == null ? null : focused.getValue();
        if (row == null || !row.isLine()) {
            problem.setText(messages.get("functional.remove.nothing"));
            return;
        }
        problem.setText("");
        viewModel.removeLine(row.line());
    }
}
