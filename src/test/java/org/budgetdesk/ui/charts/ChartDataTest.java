package org.budgetdesk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.charts.ChartData.Bar;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.charts.ChartData.Slice;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;
import org.junit.jupiter.api.Test;

/** The chart data is read from the model: exact amounts, exact shares, no empty parts, and it follows edits. */
class ChartDataTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final Department department = sample();
    private final Unit unit = department.consolidated();

    private static Department sample() {
        try {
            return SampleProject.load();
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private ChartData data() {
        return ChartData.of(unit, Catalog.forYear(2021), messages);
    }

    private static String percent(Slice slice) {
        return slice.share().percent(2).orElseThrow().toPlainString();
    }

    @Test
    void functionalPieHasEachClassWithItsAmountAndShare() {
        Pie pie = data().pie(ChartData.FUNCTIONAL_BY_CLASS);

        assertThat(pie.title()).isEqualTo("支出功能分类结构（按类）");
        assertThat(pie.slices()).extracting(Slice::key).containsExactly("208", "210", "221");
        assertThat(pie.slices()).extracting(Slice::label)
                .containsExactly("社会保障和就业支出", "卫生健康支出", "住房保障支出");
        FunctionalGroup social = unit.functional().classes().get("208");
        assertThat(pie.slices().get(0).amount()).isEqualTo(social.total().get());
        assertThat(percent(pie.slices().get(0))).isEqualTo("90.50");
        assertThat(pie.slices().get(0).share()).isEqualTo(social.share().get());
        assertThat(pie.total()).isEqualTo(unit.functional().total().total().get());
    }

    @Test
    void piesOfTheWholeAddUpToTheirTotal() {
        ChartData data = data();
        Pie basic = data.pie(ChartData.BASIC_AND_PROJECT);
        assertThat(basic.slices()).extracting(Slice::amount).containsExactly(
                unit.functional().total().basic().get(), unit.functional().total().project().get());
        assertThat(basic.total()).isEqualTo(unit.functional().total().total().get());

        Pie personnel = data.pie(ChartData.PERSONNEL_AND_PUBLIC);
        assertThat(personnel.slices()).extracting(Slice::label).containsExactly("人员经费", "公用经费");
        assertThat(personnel.total()).isEqualTo(unit.functional().total().basic().get());
        assertThat(percent(personnel.slices().get(0))).isEqualTo(
                unit.functional().total().personnel().get().multiply(BigDecimal.valueOf(100))
                        .divide(personnel.total(), 2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void emptyPartsAreLeftOut() {
        ChartData data = data();

        Pie income = data.pie(ChartData.INCOME_BY_SOURCE);
        assertThat(income.slices()).extracting(Slice::key).containsExactly("GENERAL_PUBLIC_BUDGET");
        assertThat(percent(income.slices().get(0))).isEqualTo("100.00");
        assertThat(data.pie(ChartData.THREE_PUBLIC_PARTS).slices()).extracting(Slice::label)
                .containsExactly("公务接待费");
        List<Bar> threePublic = data.barChart(ChartData.THREE_PUBLIC_YEAR_ON_YEAR).bars();
        assertThat(threePublic).extracting(Bar::key).containsExactly("reception");
        assertThat(threePublic.get(0).current()).isEqualByComparingTo("30000.00");
        assertThat(threePublic.get(0).prior()).isEqualByComparingTo("38800.00");
    }

    @Test
    void barsCompareThisYearWithThePriorYear() {
        ChartData data = data();

        Bar income = data.barChart(ChartData.INCOME_YEAR_ON_YEAR).bars().get(0);
        assertThat(income.label()).isEqualTo("一般公共预算拨款");
        assertThat(income.current()).isEqualByComparingTo("7630560.00");
        assertThat(income.prior()).isEqualByComparingTo("7323880.00");
        assertThat(data.barChart(ChartData.CLASSES_YEAR_ON_YEAR).bars()).extracting(Bar::key)
                .containsExactly("208", "210", "221");
        Bar costs = data.barChart(ChartData.OPERATING_COSTS_YEAR_ON_YEAR).bars().get(0);
        assertThat(costs.current()).isEqualTo(unit.operatingCosts().current().get());
        assertThat(costs.prior()).isEqualTo(unit.operatingCosts().prior().get());
    }

    @Test
    void anEmptyUnitHasOnlyEmptyCharts() {
        ChartData data = ChartData.of(new Department("空", 2021).ownUnit(), Catalog.forYear(2021), messages);

        assertThat(data.pies()).hasSize(5).allMatch(Pie::isEmpty);
        assertThat(data.bars()).hasSize(4).allMatch(ChartData.Bars::isEmpty);
    }

    @Test
    void viewModelFollowsEditsOnceTheDebounceRuns() {
        Document document = new Document(department, null);
        List<Runnable> pending = new ArrayList<>();
        ChartsViewModel model = new ChartsViewModel(document, messages, pending::add);
        Unit own = department.ownUnit();
        assertThat(model.data().pie(ChartData.THREE_PUBLIC_PARTS).slices()).hasSize(1);

        document.undoManager().execute(Edits.setAmount(own.threePublic().overseasTravel().current(),
                new BigDecimal("10000.00")));
        assertThat(model.data().pie(ChartData.THREE_PUBLIC_PARTS).slices()).hasSize(1);
        assertThat(pending).hasSize(1);
        pending.get(0).run();

        Pie parts = model.data().pie(ChartData.THREE_PUBLIC_PARTS);
        assertThat(parts.slices()).extracting(Slice::key).containsExactly("overseasTravel", "reception");
        assertThat(percent(parts.slices().get(0))).isEqualTo("25.00");

        document.undoManager().undo();
        pending.get(pending.size() - 1).run();
        assertThat(model.data().pie(ChartData.THREE_PUBLIC_PARTS).slices()).hasSize(1);
    }

    @Test
    void viewModelFollowsTheViewedUnit() {
        Document document = new Document(department, null);
        ChartsViewModel model = new ChartsViewModel(document, messages, Runnable::run);
        Unit other = new Unit("下属单位");
        other.income().source(FundingSource.OTHER_INCOME).current().set(new BigDecimal("500.00"));
        document.undoManager().execute(Edits.addUnit(department, other));

        document.viewedUnitProperty().set(other);

        assertThat(model.data().pie(ChartData.INCOME_BY_SOURCE).slices()).extracting(Slice::key)
                .containsExactly("OTHER_INCOME");
        document.viewedUnitProperty().set(department.consolidated());
        assertThat(model.data().pie(ChartData.INCOME_BY_SOURCE).slices()).extracting(Slice::key)
                .containsExactly("GENERAL_PUBLIC_BUDGET", "OTHER_INCOME");
    }
}
