package org.budgetdesk.ui.other;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * A section's form: labelled fields in a grid, each bound to a figure of the viewed unit and committing through the
 * view model, with one line under the grid showing the latest refusal.
 */
final class Form {
    static final String WARNING_STYLE = "-fx-text-fill: #b3261e;";

    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private final VBox box = new VBox(6, grid, message);
    private final OtherViewModel viewModel;
    private final Messages messages;

    Form(String id, OtherViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        grid.setHgap(10);
        grid.setVgap(8);
        message.setId(id + "Message");
        message.setStyle(WARNING_STYLE);
        message.setWrapText(true);
        collapseWhenEmpty(message);
        box.setId(id);
    }

    Node node() {
        return box;
    }

    /** Puts a label and its control in grid column pair {@code pair} of {@code row}. */
    <C extends Control> C add(String labelText, C control, int pair, int row) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, pair * 2, row);
        grid.add(control, pair * 2 + 1, row);
        return control;
    }

    /** Puts a node across the whole grid on {@code row}. */
    void span(Node node, int row) {
        grid.add(node, 0, row, GridPane.REMAINING, 1);
    }

    TextField amount(String id, String labelKey, Function<Unit, ObjectProperty<BigDecimal>> target, int pair,
                     int row) {
        return amountLabelled(id, messages.get(labelKey), target, pair, row);
    }

    /** {@link #amount} with the label's text given (a figure the schema adds names itself). */
    TextField amountLabelled(String id, String text, Function<Unit, ObjectProperty<BigDecimal>> target, int pair,
                             int row) {
        AmountField field = new AmountField(id, text, viewModel.viewed(target),
                viewModel.document().displayUnitProperty(), typed -> viewModel.setAmount(target, typed));
        watch(field.messageProperty());
        return disabledWhileReadOnly(add(text, field.node(), pair, row));
    }

    /** A prior-year amount: like {@link #amount}, and it may be marked not published (未公开). */
    TextField priorAmount(String id, String labelKey, Function<Unit, ObjectProperty<BigDecimal>> target, int pair,
                          int row) {
        return priorAmountLabelled(id, messages.get(labelKey), target, pair, row);
    }

    /** {@link #priorAmount} with the label's text given. */
    TextField priorAmountLabelled(String id, String text, Function<Unit, ObjectProperty<BigDecimal>> target,
                                  int pair, int row) {
        AmountField field = new AmountField(id, text, viewModel.viewed(target),
                viewModel.document().displayUnitProperty(), typed -> viewModel.setPriorAmount(target, typed),
                messages.get("input.notPublished"));
        watch(field.messageProperty());
        return disabledWhileReadOnly(add(text, field.node(), pair, row));
    }

    TextField count(String id, String labelText, Function<Unit, IntegerProperty> target, int pair, int row) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(labelText);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setPrefColumnCount(5);
        ObservableValue<String> value = viewModel.viewed(target).map(String::valueOf);
        watch(FieldCommit.install(field, value, typed -> viewModel.setCount(target, typed)).messageProperty());
        return disabledWhileReadOnly(add(labelText, field, pair, row));
    }

    TextArea text(String id, String labelKey, Function<Unit, StringProperty> target, int row) {
        return textLabelled(id, messages.get(labelKey), target, row);
    }

    /** {@link #text} with the label's text given. */
    TextArea textLabelled(String id, String labelText, Function<Unit, StringProperty> target, int row) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(labelText);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.setPrefColumnCount(50);
        watch(FieldCommit.install(area, viewModel.viewed(target), typed -> viewModel.setText(target, typed))
                .messageProperty());
        Label label = new Label(labelText);
        label.setLabelFor(area);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(area, 1, row, GridPane.REMAINING, 1);
        return disabledWhileReadOnly(area);
    }

    /** A derived figure shown beside the fields. */
    Label shown(String id, String labelKey, ObservableValue<String> text, int pair, int row) {
        Label value = new Label();
        value.setId(id);
        value.textProperty().bind(text);
        value.setAccessibleText(messages.get(labelKey));
        value.setMinWidth(90);
        value.setAlignment(Pos.CENTER_RIGHT);
        return add(messages.get(labelKey), value, pair, row);
    }

    /** Takes no room while the label has no text. */
    static void collapseWhenEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
    }

    /** Shows a field's refusal under the grid while it is the latest one. */
    void watch(ReadOnlyStringProperty refusal) {
        refusal.addListener((obs, before, after) -> message.setText(after));
    }

    private <C extends Control> C disabledWhileReadOnly(C control) {
        control.disableProperty().bind(viewModel.document().readOnlyProperty());
        return control;
    }
}
