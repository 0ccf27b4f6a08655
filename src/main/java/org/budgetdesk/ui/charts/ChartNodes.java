package org.budgetdesk.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
            if (pie.slices().size() == 1) {
                data.getNode().setStyle("-fx-border-color: transparent;");
            }
        }
        return chart;
    }

    /** Bars of this year against the prior year, each with its amount in 万元 at its end; “无数据” when empty. */
    static Node bars(Bars bars, Messages messages) {
        if (bars.isEmpty()) {
            return noData(bars.id(), bars.title(), messages);
        }
        NumberAxis values = valueAxis(bars);
        values.setLabel(messages.get("charts.axis.wanYuan"));
        LabelledBarChart chart = new LabelledBarChart(values, new CategoryAxis());
        chart.setId(bars.id());
        chart.setTitle(bars.title());
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setCategoryGap(14);
        chart.setBarGap(2);
        XYChart.Series<Number, String> current = new XYChart.Series<>();
        current.setName(messages.get("charts.series.current"));
        XYChart.Series<Number, String> prior = new XYChart.Series<>();
        prior.setName(messages.get("charts.series.prior"));
        List<Bar> topDown = new ArrayList<>(bars.bars());
        Collections.reverse(topDown);
        for (Bar bar : topDown) {
            current.getData().add(new XYChart.Data<>(chartValue(bar.current()), bar.label()));
            prior.getData().add(new XYChart.Data<>(chartValue(bar.prior()), bar.label()));
        }
        chart.getData().add(current);
        chart.getData().add(prior);
        for (int i = 0; i < topDown.size(); i++) {
            chart.label(current.getData().get(i), Numbers.fixed(topDown.get(i).current(), UNIT));
            BigDecimal priorAmount = topDown.get(i).prior();
            chart.label(prior.getData().get(i), priorAmount == null ? messages.get("input.notPublished")
                    : Numbers.fixed(priorAmount, UNIT));
        }
        return chart;
    }

    /** How much taller than the usual chart one needs for its legend rows or its bars to stay readable. */
    static double extraHeight(ChartData.Pie pie) {
        return Math.max(0, pie.slices().size() - 4) * 24.0;
    }

    /** How much taller than the usual chart one needs for its bars to stay readable. */
    static double extraHeight(Bars bars) {
        return Math.max(0, bars.bars().size() - 3) * 44.0;
    }

    /** An axis from zero to a round figure with room beyond the longest bar for its amount. */
    private static NumberAxis valueAxis(Bars bars) {
        double max = 0;
        for (Bar bar : bars.bars()) {
            max = Math.max(max, Math.max(chartValue(bar.current()), chartValue(bar.prior())));
        }
        double wanted = Math.max(max * 1.3, 0.01);
        double raw = wanted / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double tick = 10 * magnitude;
        for (double step : new double[] {1, 2, 2.5, 5}) {
            if (step * magnitude >= raw) {
                tick = step * magnitude;
                break;
            }
        }
        return new NumberAxis(0, tick * Math.ceil(wanted / tick), tick);
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
    /** A bar's length: the amount in 万元 (0 for a prior that is not published, whose label says so). */
    static double chartValue(BigDecimal yuan) {
        return yuan == null ? 0 : UNIT.fromYuan(yuan).doubleValue();
    }
}
