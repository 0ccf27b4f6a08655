package org.budgetdesk.ui.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.income.IncomeRow.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncomeViewModelTest {
    private final IncomeViewModel viewModel = new IncomeViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    private Department department;

    @BeforeEach
    void loadSample() throws Exception {
        department = SampleProject.load();
    }

    /** The rows in display order (every item is expanded). */
    static List<IncomeRow> rows(TreeItem<IncomeRow> root) {
        List<IncomeRow> rows = new ArrayList<>();
        for (TreeItem<IncomeRow> child : root.getChildren()) {
            rows.add(child.getValue());
            rows.addAll(rows(child));
        }
        return rows;
    }

    @Test
    void rowsFollowTheIncomeTableWithTotalsAfterTheirParts() {
        TreeItem<IncomeRow> root = viewModel.tree(department.ownUnit());

        assertThat(rows(root)).extracting(IncomeRow::name).containsExactly(
                "财政拨款收入", "一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款",
                "财政专户管理资金收入", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入",
                "本年收入合计", "用事业基金弥补收支差额", "上年结转", "一般公共预算拨款结转", "政府性基金预算拨款结转",
                "国有资本经营预算拨款结转", "非财政拨款结转", "收入总计");
        assertThat(root.getChildren().get(9).getChildren()).hasSize(4);
        assertThat(root.getChildren().get(0).getChildren()).hasSize(3);
        assertThat(root.getChildren().get(0).isExpanded()).isTrue();
    }

    @Test
    void everySourceAppearsOnceInEnumOrder() {
        assertThat(rows(viewModel.tree(department.ownUnit())).stream().filter(IncomeRow::isSource))
                .extracting(IncomeRow::source).containsExactly(FundingSource.values());
    }

    @Test
    void onlySourceRowsAreEntered() {
        List<IncomeRow> rows = rows(viewModel.tree(department.ownUnit()));

        assertThat(rows).filteredOn(IncomeRow::isSource).allMatch(row -> row.kind() == Kind.SOURCE);
        assertThat(rows).filteredOn(row -> !row.isSource()).extracting(IncomeRow::kind).containsExactly(
                Kind.FISCAL_APPROPRIATION, Kind.CURRENT_YEAR_INCOME, Kind.CARRY_OVER, Kind.TOTAL);
    }

    @Test
    void totalRowsShowTheModelsTotals() {
        Unit unit = department.ownUnit();
        List<IncomeRow> rows = rows(viewModel.tree(unit));

        assertThat(rows.get(0).figures()).isSameAs(unit.income().fiscalAppropriation());
        assertThat(rows.get(10).figures()).isSameAs(unit.income().currentYearIncome());
        assertThat(rows.get(12).figures()).isSameAs(unit.income().carryOver());
        assertThat(rows.get(17).figures()).isSameAs(unit.income().total());
        assertThat(rows.get(1).entered()).isSameAs(unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET));
    }

    @Test
    void shareIsOfTheIncomeTotalAndFollowsEdits() {
        Unit unit = department.ownUnit();
        List<IncomeRow> rows = rows(viewModel.tree(unit));
        IncomeRow general = rows.get(1);
        IncomeRow other = rows.get(9);

        assertThat(general.share().getValue().percent(2)).contains(new BigDecimal("100.00"));
        assertThat(rows.get(17).share().getValue().percent(2)).contains(new BigDecimal("100.00"));

        unit.income().source(FundingSource.OTHER_INCOME).current().set(new BigDecimal("2369440.00"));

        assertThat(general.share().getValue().percent(2)).contains(new BigDecimal("76.31"));
        assertThat(other.share().getValue().percent(2)).contains(new BigDecimal("23.69"));
    }

    @Test
    void theConsolidatedUnitHasTheSameRows() {
        assertThat(rows(viewModel.tree(department.consolidated()))).extracting(IncomeRow::kind)
                .containsExactlyElementsOf(rows(viewModel.tree(department.ownUnit())).stream()
                        .map(IncomeRow::kind).toList());
    }
}
