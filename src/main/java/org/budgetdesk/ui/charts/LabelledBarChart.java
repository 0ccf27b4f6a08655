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

/**
 * A horizontal bar chart that writes each bar's amount at its end. Horizontal, because category names (类, sources)
 * are long Chinese words that read well on the left, and each bar has its own row, so no two amounts collide.
 */
final class LabelledBarChart extends BarChart<Number, String> {
    private static final double GAP = 3;
    private final Map<XYChart.Data<Number, String>, Text> labels = new LinkedHashMap<>();

    LabelledBarChart(NumberAxis values, CategoryAxis categories) {
        super(values, categories);
    }

    /** Shows {@code text} at the end of the bar of {@code data}. */
    void label(XYChart.Data<Number, String> data, String text) {
        Text label = new Text(text);
        label.getStyleClass().add("chart-bar-value");
        labels.put(data, label);
        getPlotChildren().add(label);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double plotWidth = getXAxis().getWidth();
        labels.forEach((data, label) -> {
            Node bar = data.getNode();
            if (bar == null) {
                label.setVisible(false);
                return;
            }
            Bounds bounds = bar.getBoundsInParent();
            double width = label.prefWidth(-1);
            double x = bounds.getMaxX() + GAP;
            if (x + width > plotWidth) {
                x = Math.max(0, bounds.getMaxX() - width - GAP);
            }
            label.setVisible(true);
            label.relocate(x, bounds.getMinY() + (bounds.getHeight() - label.prefHeight(-1)) / 2);
            label.toFront();
        });
    }
}
