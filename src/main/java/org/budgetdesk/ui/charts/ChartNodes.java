package org.budgetdesk.ui.charts;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.charts.ChartData.Bar;
import org.budgetdesk.ui.charts.ChartData.Bars;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.charts.ChartData.Slice;

/**
 * Draws chart data as JavaFX charts, for the 图表 tab and for offscreen images alike. This is the one place where
 * amounts become {@code double}: chart APIs take nothing else, and the value only sizes a slice or a bar; every
 * number a person reads is formatted from the exact amount.
 */
final class ChartNodes {
    private static final DisplayUnit UNIT = DisplayUnit.WAN_YUAN;

    private ChartNodes() {
    }

    /** A pie chart whose legend names each part with its amount in 万元 and its share; “无数据” when empty. */
    static Node pie(Pie pie, Messages messages) {
        if (pie.isEmpty()) {
            return noData(pie.id(), pie.title(), messages);
        }
        PieChart chart = new PieChart();
        chart.setId(pie.id());
        chart.setTitle(pie.title());
        chart.setAnimated(false);
        chart.setLabelsVisible(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setStartAngle(90);
        for (Slice slice : pie.slices()) {
            String text = messages.format("charts.slice", slice.label(), Numbers.fixed(slice.amount(), UNIT),
                    Numbers.percent(slice.share(), 2).orElse("—"));
            PieChart.Data data = new PieChart.Data(text, chartValue(slice.amount()));
            chart.getData().add(data);
            Tooltip.install(data.getNode(), new Tooltip(text));
        }
        return chart;
    }

    /** Bars of this year against the prior year, each with its amount in 万元 above it; “无数据” when empty. */
    static Node bars(Bars bars, Messages messages) {
        if (bars.isEmpty()) {
            return noData(bars.id(), bars.title(), messages);
        }
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setLabel(messages.get("charts.axis.wanYuan"));
        values.setForceZeroInRange(true);
        LabelledBarChart chart = new LabelledBarChart(categories, values);
        chart.setId(bars.id());
        chart.setTitle(bars.title());
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        XYChart.Series<String, Number> prior = new XYChart.Series<>();
        prior.setName(messages.get("charts.series.prior"));
        XYChart.Series<String, Number> current = new XYChart.Series<>();
        current.setName(messages.get("charts.series.current"));
        for (Bar bar : bars.bars()) {
            prior.getData().add(new XYChart.Data<>(bar.label(), chartValue(bar.prior())));
            current.getData().add(new XYChart.Data<>(bar.label(), chartValue(bar.current())));
        }
        chart.getData().add(prior);
        chart.getData().add(current);
        for (int i = 0; i < bars.bars().size(); i++) {
            chart.label(prior.getData().get(i), Numbers.fixed(bars.bars().get(i).prior(), UNIT));
            chart.label(current.getData().get(i), Numbers.fixed(bars.bars().get(i).current(), UNIT));
        }
        return chart;
    }

    /** The chart's title and “无数据” in its place. */
    static Node noData(String id, String title, Messages messages) {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        Label none = new Label(messages.get("charts.noData"));
        none.setId("noData-" + id);
        none.getStyleClass().add("chart-no-data");
        VBox box = new VBox(24, heading, none);
        box.setId(id);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("chart-empty");
        return box;
    }

    /** An amount as a chart sizes it: 万元, rounded as displayed, as a double. Only for drawing. */
    static double chartValue(BigDecimal yuan) {
        return UNIT.fromYuan(yuan).doubleValue();
    }
}
