package org.budgetdesk.ui.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;

/** A bar chart that writes each bar's amount above it (inside the bar's top when there is no room above). */
final class LabelledBarChart extends BarChart<String, Number> {
    private static final double GAP = 2;
    private final Map<XYChart.Data<String, Number>, Text> labels = new LinkedHashMap<>();

    LabelledBarChart(CategoryAxis categories, NumberAxis values) {
        super(categories, values);
    }

    /** Shows {@code text} over the bar of {@code data}. */
    void label(XYChart.Data<String, Number> data, String text) {
        Text label = new Text(text);
        label.getStyleClass().add("chart-bar-value");
        labels.put(data, label);
        getPlotChildren().add(label);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        labels.forEach((data, label) -> {
            Node bar = data.getNode();
            if (bar == null) {
                label.setVisible(false);
                return;
            }
            Bounds bounds = bar.getBoundsInParent();
            double width = label.prefWidth(-1);
            double height = label.prefHeight(-1);
            double y = bounds.getMinY() - height - GAP;
            if (y < 0) {
                y = bounds.getMinY() + GAP;
            }
            label.setVisible(true);
            label.relocate(bounds.getMinX() + (bounds.getWidth() - width) / 2, y);
            label.toFront();
        });
    }
}
