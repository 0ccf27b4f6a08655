package org.budgetdesk.ui.economic;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.ui.common.CodeField;
import org.budgetdesk.ui.common.CustomCodeDialog;
import org.budgetdesk.ui.common.SheetView;
import org.budgetdesk.ui.common.Buttons;

/**
 * Above the economic table: add a 款 line by code or name with completion, add a custom code, remove a line, count a
 * code the other way (人员/公用), say which funds pay a line.
 */
final class EconomicToolbar {
    private final HBox box = new HBox(8);
    private final EconomicViewModel viewModel;
    private final SheetView<EconomicRow> sheet;
    private final Messages messages;
    private final CodeField codeField;
    private final Label problem = new Label();

    EconomicToolbar(EconomicViewModel viewModel, SheetView<EconomicRow> sheet, ObservableBooleanValue readOnly,
                    Messages messages) {
        this.viewModel = viewModel;
        this.sheet = sheet;
        this.messages = messages;
        codeField = new CodeField("economicAddCode", messages.get("economic.add.prompt"), viewModel::suggestions,
                viewModel::describe, this::add);
        Button add = button("economicAdd", "economic.add", this::add);
        Button custom = button("economicAddCustom", "economic.addCustom", this::addCustom);
        Button remove = button("economicRemove", "economic.remove", this::remove);
        Button switchCategory = button("economicSwitchCategory", "economic.switchCategory", this::switchCategory);
        Button funds = button("economicFunds", "economic.funds", this::funds);
        for (Node node : new Node[] {codeField.node(), add, custom, remove, switchCategory, funds}) {
            node.disableProperty().bind(readOnly);
        }
        problem.setId("economicAddProblem");
        problem.getStyleClass().add("sheet-message");
        box.setPadding(new Insets(0, 0, 8, 0));
        box.getChildren().addAll(codeField.node(), add, custom, remove, switchCategory, funds, problem);
    }

    Node node() {
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        return Buttons.of(messages, id, key, action);
    }

    private void add() {
        String error = viewModel.addLine(codeField.text());
        problem.setText(error == null ? "" : error);
        if (error == null) {
            codeField.clear();
        }
    }

    private void addCustom() {
        CustomCodeDialog.show(box.getScene().getWindow(), viewModel.customCodes(), codeField.text(), messages,
                viewModel.lines());
        problem.setText("");
    }

    private void remove() {
        String error = viewModel.removeLine(focusedLine());
        problem.setText(error == null ? "" : error);
    }

    private void switchCategory() {
        problem.setText(viewModel.switchCategory(focusedLine()));
    }

    private void funds() {
        EconomicLine line = focusedLine();
        if (line == null) {
            problem.setText(messages.get("economic.funds.nothing"));
            return;
        }
        problem.setText("");
        FundsDialog.show(box.getScene().getWindow(), viewModel, line, viewModel.label(line), viewModel.displayUnit(),
                messages);
    }

    private EconomicLine focusedLine() {
        TreeItem<EconomicRow> focused = sheet.table().getFocusModel().getFocusedItem();
        EconomicRow row = focused == null ? null : focused.getValue();
        return row == null ? null : row.line();
    }
}
