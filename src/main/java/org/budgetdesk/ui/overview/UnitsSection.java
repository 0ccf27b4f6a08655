package org.budgetdesk.ui.overview;

import org.budgetdesk.ui.common.DialogButtons;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * The department's units, the own unit first and marked 本级: add a subordinate unit by name, rename or view the
 * selected one, remove a subordinate one after a confirmation.
 */
final class UnitsSection {
    private final Document document;
    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final ListView<Unit> list = new ListView<>();
    private final TextField newName = new TextField();
    private final Label message = new Label();
    private final VBox box = new VBox(8);

    UnitsSection(Document document, OverviewViewModel viewModel, Messages messages) {
        this.document = document;
        this.viewModel = viewModel;
        this.messages = messages;
        list.setId("unitList");
        list.setAccessibleText(messages.get("overview.units"));
        list.setPrefHeight(130);
        list.setCellFactory(ignored -> new UnitCell());
        list.setItems(document.department().units());
        document.departmentProperty().addListener((obs, before, after) -> list.setItems(after.units()));
        BooleanBinding readOnly = document.readOnlyProperty();
        BooleanBinding noneSelected = list.getSelectionModel().selectedItemProperty().isNull();

        TextField rename = new TextField();
        rename.setId("unitName");
        rename.setAccessibleText(messages.get("overview.units.name"));
        rename.disableProperty().bind(readOnly.or(noneSelected));
        FieldCommit.install(rename, list.getSelectionModel().selectedItemProperty().flatMap(Unit::name),
                text -> viewModel.renameUnit(list.getSelectionModel().getSelectedItem(), text))
                .messageProperty().addListener((obs, before, after) -> message.setText(after));
        Button view = button("viewUnit", "overview.units.view", this::view);
        view.disableProperty().bind(noneSelected);
        Button remove = button("removeUnit", "overview.units.remove", this::remove);
        remove.disableProperty().bind(readOnly.or(noneSelected));

        newName.setId("newUnitName");
        newName.setPromptText(messages.get("overview.units.newName"));
        newName.setAccessibleText(messages.get("overview.units.newName"));
        newName.disableProperty().bind(readOnly);
        newName.setOnAction(event -> add());
        Button add = button("addUnit", "overview.units.add", this::add);
        add.disableProperty().bind(readOnly);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label renameLabel = new Label(messages.get("overview.units.name"));
        renameLabel.setLabelFor(rename);
        renameLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.addRow(0, renameLabel, rename, view, remove);
        form.addRow(1, new Label(messages.get("overview.units.newLabel")), newName, add);
        GridPane.setHgrow(rename, Priority.ALWAYS);
        GridPane.setHgrow(newName, Priority.ALWAYS);
        message.setId("unitsMessage");
        message.setStyle(OverviewView.WARNING_STYLE);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        box.getChildren().addAll(list, form, message);
        box.setId("unitsSection");
        HBox.setHgrow(box, Priority.ALWAYS);
    }

    Node node() {
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = Buttons.of(messages, id, key, action);
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private void add() {
        String refusal = viewModel.addUnit(newName.getText());
        message.setText(refusal == null ? "" : refusal);
        if (refusal == null) {
            newName.clear();
            list.getSelectionModel().selectLast();
        }
    }

    private void view() {
        viewModel.view(list.getSelectionModel().getSelectedItem());
    }

    private void remove() {
        Unit unit = list.getSelectionModel().getSelectedItem();
        if (unit != null && !viewModel.isOwnUnit(unit) && !confirmed(unit)) {
            return;
        }
        String refusal = viewModel.removeUnit(unit);
        message.setText(refusal == null ? "" : refusal);
    }

    private boolean confirmed(Unit unit) {
        long comments = viewModel.commentsOn(unit);
        String question = comments == 0 ? messages.format("overview.units.removeConfirm", unit.name().get())
                : messages.format("overview.units.removeConfirmComments", unit.name().get(), comments);
        ButtonType ok = DialogButtons.ok(messages);
        Alert alert = DialogButtons.alert(Alert.AlertType.CONFIRMATION, question, messages, ok,
                DialogButtons.cancel(messages));
        alert.setHeaderText(messages.get("overview.units.remove"));
        if (box.getScene() != null) {
            alert.initOwner(box.getScene().getWindow());
        }
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /** A unit's name, live, with 本级 after the own unit. */
    private final class UnitCell extends ListCell<Unit> {
        @Override
        protected void updateItem(Unit unit, boolean empty) {
            super.updateItem(unit, empty);
            textProperty().unbind();
            if (empty || unit == null) {
                setText(null);
                return;
            }
            String suffix = viewModel.isOwnUnit(unit) ? messages.get("overview.units.ownSuffix") : "";
            textProperty().bind(Bindings.concat(unit.name(), suffix));
        }
    }
}
