package org.budgetdesk.ui.charts;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.Unit;

/**
 * What the charts of a unit show, computed from the model without any toolkit: amounts in 元 as {@link BigDecimal},
 * shares as exact {@link Ratio}s. Parts without money are left out; a chart left with no part is empty and is shown
 * as “无数据”. Chart APIs take {@code double}; the conversion happens only where a chart is drawn.
 *
 * @param pies the pie charts (structure), in display order
 * @param bars the bar charts (this year against the prior year), in display order
 */
public record ChartData(List<Pie> pies, List<Bars> bars) {
    /** Pie: functional spending by 类. */
    public static final String FUNCTIONAL_BY_CLASS = "functionalByClass";
    /** Pie: income by funding source. */
    public static final String INCOME_BY_SOURCE = "incomeBySource";
    /** Pie: 基本支出 and 项目支出. */
    public static final String BASIC_AND_PROJECT = "basicAndProject";
    /** Pie: 人员经费 and 公用经费. */
    public static final String PERSONNEL_AND_PUBLIC = "personnelAndPublic";
    /** Pie: the “三公” parts. */
    public static final String THREE_PUBLIC_PARTS = "threePublicParts";
    /** Bars: income by source, this year and the prior year. */
    public static final String INCOME_YEAR_ON_YEAR = "incomeYearOnYear";
    /** Bars: each 类, this year and the prior year. */
    public static final String CLASSES_YEAR_ON_YEAR = "classesYearOnYear";
    /** Bars: the “三公” parts, this year and the prior year. */
    public static final String THREE_PUBLIC_YEAR_ON_YEAR = "threePublicYearOnYear";
    /** Bars: 机关运行经费, this year and the prior year. */
    public static final String OPERATING_COSTS_YEAR_ON_YEAR = "operatingCostsYearOnYear";

    public ChartData {
        pies = List.copyOf(pies);
        bars = List.copyOf(bars);
    }

    /** One slice: a part of the whole with its amount in 元 and its exact share of the whole. */
    public record Slice(String key, String label, BigDecimal amount, Ratio share) {
    }

    /** A pie chart: the parts with money, and the whole they share. */
    public record Pie(String id, String title, List<Slice> slices, BigDecimal total) {
        public Pie {
            slices = List.copyOf(slices);
        }

        public boolean isEmpty() {
            return slices.isEmpty();
        }
    }

    /** One category of a bar chart: this year's and the prior year's amount in 元. */
    /** A category this year and the prior year; the prior is {@code null} when it is not published. */
    public record Bar(String key, String label, BigDecimal current, BigDecimal prior) {
    }

    /** A bar chart of categories, this year against the prior year. */
    public record Bars(String id, String title, List<Bar> bars) {
        public Bars {
            bars = List.copyOf(bars);
        }

        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** The charts of a unit (or of 部门汇总); names of 类 come from the catalog, other labels from the messages. */
    public static ChartData of(Unit unit, Catalog catalog, Messages messages) {
        return new ChartSeries(unit, catalog, messages).build();
    }

    /** The pie with this id. */
    public Pie pie(String id) {
        return pies.stream().filter(pie -> pie.id().equals(id)).findFirst().orElseThrow();
    }

    /** The bar chart with this id. */
    public Bars barChart(String id) {
        return bars.stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
    }
}
