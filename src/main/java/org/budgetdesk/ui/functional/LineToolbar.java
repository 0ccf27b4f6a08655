package org.budgetdesk.ui.functional;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.CodeField;
import org.budgetdesk.ui.common.CustomCodeDialog;
import org.budgetdesk.ui.common.SheetView;
import org.budgetdesk.ui.common.Buttons;

/** Above the functional table: add a line by code or name with completion, add a custom code, remove a line. */
final class LineToolbar {
    private final HBox box = new HBox(8);
    private final FunctionalViewModel viewModel;
    private final SheetView<FunctionalRow> sheet;
    private final Messages messages;
    private final CodeField codeField;
    private final ChoiceBox<FundingSource> sourceChoice = new ChoiceBox<>();
    private final Label problem = new Label();

    LineToolbar(FunctionalViewModel viewModel, SheetView<FunctionalRow> sheet, ObservableBooleanValue readOnly,
                Messages messages) {
        this.viewModel = viewModel;
        this.sheet = sheet;
        this.messages = messages;
        codeField = new CodeField("addLineCode", messages.get("functional.add.prompt"), viewModel::suggestions,
                viewModel::describe, this::add);
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
        for (Node node : new Node[] {codeField.node(), sourceChoice, add, custom, remove}) {
            node.disableProperty().bind(readOnly);
        }
        problem.setId("addLineProblem");
        problem.getStyleClass().add("sheet-message");
        box.setPadding(new Insets(0, 0, 8, 0));
        box.getChildren().addAll(codeField.node(), sourceChoice, add, custom, remove, problem);
    }

    Node node() {
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        return Buttons.of(messages, id, key, action);
    }

    private void add() {
        String error = viewModel.addLine(codeField.text(), sourceChoice.getValue());
        problem.setText(error == null ? "" : error);
        if (error == null) {
            codeField.clear();
        }
    }

    private void addCustom() {
        CustomCodeDialog.show(box.getScene().getWindow(), viewModel.customCodes(), codeField.text(), messages,
                viewModel.lines(sourceChoice.getValue()));
        problem.setText("");
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
