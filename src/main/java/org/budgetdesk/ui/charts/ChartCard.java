package org.budgetdesk.ui.charts;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One chart in the 图表 tab: the chart (replaced when the data changes) and its save button. */
final class ChartCard {
    static final double WIDTH = 420;
    static final double HEIGHT = 300;
    private final StackPane holder = new StackPane();
    private final Button save;
    private final VBox node;

    ChartCard(String id, String saveText, Runnable onSave) {
        holder.setPrefSize(WIDTH, HEIGHT);
        holder.setMinHeight(HEIGHT);
        VBox.setVgrow(holder, Priority.ALWAYS);
        save = new Button(saveText);
        save.setId("save-" + id);
        save.setAccessibleText(saveText);
        save.setOnAction(event -> onSave.run());
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        node = new VBox(4, holder, buttons);
        node.setId("card-" + id);
        node.getStyleClass().add("chart-card");
    }

    VBox node() {
        return node;
    }

    /** Shows a new drawing of the chart, {@code extraHeight} taller than usual for many parts. */
    void show(Node chart, double extraHeight) {
        holder.setMinHeight(HEIGHT + extraHeight);
        holder.setPrefHeight(HEIGHT + extraHeight);
        holder.getChildren().setAll(chart);
    }

    /** The chart as drawn now. */
    Node chart() {
        return holder.getChildren().get(0);
    }

    Button saveButton() {
        return save;
    }
}
