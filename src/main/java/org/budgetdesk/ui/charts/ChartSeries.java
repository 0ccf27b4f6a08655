package org.budgetdesk.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.charts.ChartData.Bar;
import org.budgetdesk.ui.charts.ChartData.Bars;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.charts.ChartData.Slice;

/** Reads the series of every chart from a unit's live figures. */
final class ChartSeries {
    private final Unit unit;
    private final Catalog catalog;
    private final Messages messages;

    ChartSeries(Unit unit, Catalog catalog, Messages messages) {
        this.unit = unit;
        this.catalog = catalog;
        this.messages = messages;
    }

    ChartData build() {
        return new ChartData(List.of(functionalByClass(), incomeBySource(), basicAndProject(), personnelAndPublic(),
                threePublicParts()), List.of(incomeYearOnYear(), classesYearOnYear(), threePublicYearOnYear(),
                operatingCostsYearOnYear()));
    }

    private Pie functionalByClass() {
        return pie(ChartData.FUNCTIONAL_BY_CLASS, classes());
    }

    private Pie incomeBySource() {
        return pie(ChartData.INCOME_BY_SOURCE, sources());
    }

    private Pie basicAndProject() {
        FunctionalGroup total = unit.functional().total();
        return pie(ChartData.BASIC_AND_PROJECT, List.of(
                new Part("basic", messages.get("summary.basic"), total.basic().get(), Amounts.ZERO),
                new Part("project", messages.get("summary.project"), total.project().get(), Amounts.ZERO)));
    }

    private Pie personnelAndPublic() {
        FunctionalGroup total = unit.functional().total();
        return pie(ChartData.PERSONNEL_AND_PUBLIC, List.of(
                new Part("personnel", messages.get("summary.personnel"), total.personnel().get(), Amounts.ZERO),
                new Part("publicCosts", messages.get("summary.publicCosts"), total.publicCosts().get(),
                        Amounts.ZERO)));
    }

    private Pie threePublicParts() {
        return pie(ChartData.THREE_PUBLIC_PARTS, threePublic());
    }

    private Bars incomeYearOnYear() {
        return bars(ChartData.INCOME_YEAR_ON_YEAR, sources());
    }

    private Bars classesYearOnYear() {
        return bars(ChartData.CLASSES_YEAR_ON_YEAR, classes());
    }

    private Bars threePublicYearOnYear() {
        return bars(ChartData.THREE_PUBLIC_YEAR_ON_YEAR, threePublic());
    }

    private Bars operatingCostsYearOnYear() {
        return bars(ChartData.OPERATING_COSTS_YEAR_ON_YEAR,
                List.of(part("operatingCosts", messages.get("summary.operatingCosts"), unit.operatingCosts())));
    }

    /** Each 类 with lines, named as the catalog names it. */
    private List<Part> classes() {
        List<Part> parts = new ArrayList<>();
        for (FunctionalGroup group : unit.functional().classes().values()) {
            parts.add(new Part(group.code(), catalog.nameOf(CodeKind.FUNCTIONAL, group.code()), group.total().get(),
                    group.prior().get()));
        }
        return parts;
    }

    private List<Part> sources() {
        List<Part> parts = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            parts.add(part(source.name(), messages.of(source), unit.income().source(source)));
        }
        return parts;
    }

    private List<Part> threePublic() {
        ThreePublicExpenses expenses = unit.threePublic();
        return List.of(part("overseasTravel", messages.get("summary.overseasTravel"), expenses.overseasTravel()),
                part("reception", messages.get("summary.reception"), expenses.reception()),
                part("vehiclePurchase", messages.get("summary.vehiclePurchase"), expenses.vehiclePurchase()),
                part("vehicleOperation", messages.get("summary.vehicleOperation"), expenses.vehicleOperation()));
    }

    private Pie pie(String id, List<Part> parts) {
        BigDecimal total = Amounts.ZERO;
        for (Part part : parts) {
            total = total.add(part.current());
        }
        List<Slice> slices = new ArrayList<>();
        for (Part part : parts) {
            if (part.current().signum() != 0) {
                slices.add(new Slice(part.key(), part.label(), part.current(), new Ratio(part.current(), total)));
            }
        }
        return new Pie(id, title(id), slices, total);
    }

    private Bars bars(String id, List<Part> parts) {
        List<Bar> bars = new ArrayList<>();
        for (Part part : parts) {
            if (part.current().signum() != 0 || part.prior() != null && part.prior().signum() != 0) {
                bars.add(new Bar(part.key(), part.label(), part.current(), part.prior()));
            }
        }
        return new Bars(id, title(id), bars);
    }

    private String title(String id) {
        return messages.get("charts." + id);
    }

    private static Part part(String key, String label, Compared figure) {
        return new Part(key, label, figure.current().getValue(), figure.prior().getValue());
    }

    /** A candidate part, before empty ones are left out; its prior is {@code null} when not published. */
    private record Part(String key, String label, BigDecimal current, BigDecimal prior) {
        Part {
            current = Amounts.orZero(current);
        }
    }
}
