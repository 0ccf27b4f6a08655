package org.budgetdesk.ui.economic;

import org.budgetdesk.ui.common.DialogButtons;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.ui.common.AmountInput;

/**
 * Which funds pay a line's basic expenditure this year: what 政府性基金, 国有资本经营 and the unit's other money pay is
 * typed, what 一般公共预算 pays is what they leave, shown as the user types. OK sets them as one undoable edit.
 */
final class FundsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<Fund, TextField> fields = new EnumMap<>(Fund.class);
    private final Label general = new Label();
    private final Label problem = new Label();
    private final EconomicLine line;
    private final DisplayUnit unit;
    private final Messages messages;

    private FundsDialog(Window owner, EconomicViewModel viewModel, EconomicLine line, String lineName,
                        DisplayUnit unit, Messages messages) {
        this.line = line;
        this.unit = unit;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("economic.funds.title"));
        dialog.setHeaderText(messages.format("economic.funds.header", lineName,
                Numbers.fixed(line.current().get(), unit), messages.of(unit)));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        for (Fund fund : Fund.values()) {
            if (fund == Fund.GENERAL_PUBLIC_BUDGET) {
                continue;
            }
            TextField field = new TextField(unit.exactFromYuan(line.entered(fund).get()).toPlainString());
            field.setId("fund" + fund.name());
            field.setPrefColumnCount(12);
            field.textProperty().addListener((obs, before, after) -> showGeneral());
            fields.put(fund, field);
            Label label = new Label(messages.get("economic.funds." + fund.name()));
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
        }
        general.setId("fundGeneral");
        problem.setId("fundProblem");
        problem.getStyleClass().add("sheet-message");
        problem.setWrapText(true);
        showGeneral();
        dialog.getDialogPane().setContent(new VBox(8, grid, general, problem));
        dialog.getDialogPane().setId("fundsDialog");
        ButtonType apply = new ButtonType(messages.get("economic.funds.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, DialogButtons.cancel(messages));
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("fundsApply");
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            String error = viewModel.setFunds(line, typed());
            if (error != null) {
                problem.setText(error);
                event.consume();
            }
        });
    }

    /** Opens the dialog for a line and waits until it is closed. */
    static void show(Window owner, EconomicViewModel viewModel, EconomicLine line, String lineName, DisplayUnit unit,
                     Messages messages) {
        new FundsDialog(owner, viewModel, line, lineName, unit, messages).dialog.showAndWait();
    }

    private Map<Fund, String> typed() {
        Map<Fund, String> typed = new EnumMap<>(Fund.class);
        fields.forEach((fund, field) -> typed.put(fund, field.getText()));
        return typed;
    }

    private void showGeneral() {
        BigDecimal left = line.current().get();
        for (TextField field : fields.values()) {
            AmountInput.Result result = AmountInput.parse(field.getText(), unit);
            if (!result.isValid()) {
                general.setText("");
                return;
            }
            left = left.subtract(result.yuan());
        }
        general.setText(messages.format("economic.funds.general", Numbers.fixed(left, unit), messages.of(unit)));
    }
}
