package org.budgetdesk.ui.threepublic;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;
import org.budgetdesk.ui.common.SheetView;

/** The “三公”经费 tab: the four parts with their subtotal and total, and the texts the explanation needs. */
public final class ThreePublicView {
    private final Document document;
    private final Messages messages;
    private final ThreePublicViewModel viewModel;
    private final SheetView<ThreePublicRow> sheet;
    private final BorderPane root = new BorderPane();

    public ThreePublicView(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.viewModel = new ThreePublicViewModel(document, messages);
        this.sheet = new SheetView<>("threePublicTable", viewModel.columns(), document, messages);
        sheet.table().setAccessibleText(messages.get("threePublic.table"));
        root.setId("threePublicView");
        sheet.table().setPrefHeight(340); // the whole “三公” and, below, what each fund pays
        root.setTop(sheet.node());
        root.setCenter(texts());
        document.viewedUnitProperty().addListener((obs, before, after) -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    public SheetView<ThreePublicRow> sheet() {
        return sheet;
    }

    private void rebuild() {
        sheet.setRoot(viewModel.tree(document.viewedUnitProperty().get()));
    }

    private Node texts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setPadding(new Insets(12, 0, 0, 0));
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(row);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.add(textArea("threePublicReasonText", "threePublic.reason", viewModel.reason(),
                viewModel::setReason), 0, 0);
        grid.add(textArea("receptionPlanText", "threePublic.receptionPlan", viewModel.receptionPlan(),
                viewModel::setReceptionPlan), 1, 0);
        return grid;
    }

    private Node textArea(String id, String key, ObservableValue<String> value, Function<String, String> commit) {
        Label label = new Label(messages.get(key));
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(messages.get(key));
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.disableProperty().bind(document.readOnlyProperty());
        label.setLabelFor(area);
        Label message = new Label();
        message.setId(id + "Message");
        message.getStyleClass().add("sheet-message");
        message.setStyle("-fx-text-fill: #b3261e;");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.textProperty().bind(FieldCommit.install(area, value, commit).messageProperty());
        VBox box = new VBox(4, label, area, message);
        VBox.setVgrow(area, Priority.ALWAYS);
        return box;
    }
}
