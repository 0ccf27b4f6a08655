package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;

/**
 * What each table's totals must be, taken from the model's own figures (never from the exporter): a row found by its
 * label, and the figures from a column on (null skips a column).
 */
final class ModelTotals {
    record Expected(String sheet, int labelColumn, String label, int firstColumn, List<BigDecimal> values) {
        void assertIn(Grid grid) {
            int row = grid.rowOf(labelColumn, label);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    assertThat(grid.cell(row, firstColumn + i))
                            .as("%s, row “%s”, column %d", sheet, label, firstColumn + i)
                            .isEqualTo(values.get(i));
                }
            }
        }
    }

    private final List<Expected> expected = new ArrayList<>();
    private final DisplayUnit unit;
    private final Unit all;

    private ModelTotals(Department department, DisplayUnit unit) {
        this.unit = unit;
        this.all = department.consolidated();
    }

    /** The totals of every non-empty table of a set, for a department. */
    static List<Expected> of(String set, Department department, DisplayUnit unit) {
        ModelTotals totals = new ModelTotals(department, unit);
        if (set.equals("sichuan")) {
            totals.sichuan();
        } else {
            totals.central();
        }
        return totals.expected;
    }

    /** The sheets that must carry their 空表 statement in the sample, with it. */
    static Map<String, String> sampleStatements(String set) {
        String fund = "本部门2021年无政府性基金预算财政拨款安排的支出，故本表为空表";
        String capital = "本部门2021年无国有资本经营预算财政拨款安排的支出，故本表为空表";
        return set.equals("sichuan")
                ? Map.of("表4", fund, "表4-1", "本部门2021年无政府性基金预算安排的“三公”经费支出，故本表为空表", "表5", capital)
                : Map.of("表8", fund, "表9", capital);
    }

    /** The income columns after 上年结转, in the order both table sets print them. */
    private static final List<FundingSource> INCOME_COLUMNS = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL, FundingSource.FISCAL_SPECIAL_ACCOUNT,
            FundingSource.INSTITUTIONAL_REVENUE, FundingSource.BUSINESS_REVENUE, FundingSource.SUPERIOR_SUBSIDY,
            FundingSource.SUBORDINATE_REMITTANCE, FundingSource.OTHER_INCOME, FundingSource.INSTITUTIONAL_FUND_DRAWDOWN);

    private void sichuan() {
        balance("表1");
        IncomeBudget income = all.income();
        List<BigDecimal> sources = new ArrayList<>(List.of(money(income.total().current().get()),
                money(income.carryOver().current().get())));
        for (FundingSource source : INCOME_COLUMNS) {
            sources.add(money(income.source(source).current().get()));
        }
        expected.add(new Expected("表1-1", 0, "合计", 1, sources));
        functional("表1-2", all.functional(), group -> figures(group, "total", "personnel", "publicCosts", "project"));
        fiscalBalance("表2");
        economic("表2-1");
        FunctionalGroup general = all.functional().bySource(FundingSource.GENERAL_PUBLIC_BUDGET);
        expected.add(new Expected("表3", 1, "合计", 2, figures(general, "total", "personnel", "publicCosts", "project")));
        economic("表3-1");
        expected.add(new Expected("表3-2", 1, "合计", 2, figures(general, "project")));
        threePublic("表3-3");
        if (!all.performance().projects().isEmpty()) {
            expected.add(new Expected("项目支出绩效目标表", 0, "合计", 4, List.of(money(all.performance().total().get()))));
        }
    }

    private void central() {
        balance("表1");
        List<BigDecimal> bySource = new ArrayList<>(List.of(money(all.functional().total().total().get())));
        BigDecimal carriedOver = BigDecimal.ZERO;
        for (FundingSource source : IncomeGroup.CARRY_OVER.sources()) {
            carriedOver = carriedOver.add(all.functional().bySource(source).total().get());
        }
        bySource.add(money(carriedOver));
        for (FundingSource source : INCOME_COLUMNS) {
            bySource.add(money(all.functional().bySource(source).total().get()));
        }
        expected.add(new Expected("表2", 1, "合计", 2, bySource));
        functional("表3", all.functional(), group -> figures(group, "total", "basic", "project"));
        fiscalBalance("表4");
        FunctionalGroup general = all.functional().bySource(FundingSource.GENERAL_PUBLIC_BUDGET);
        expected.add(new Expected("表5", 1, "合计", 2, figures(general, "total", "personnel", "publicCosts", "project")));
        economic("表6");
        threePublic("表7");
    }

    private void balance(String sheet) {
        BigDecimal spending = money(all.functional().total().total().get());
        expected.add(new Expected(sheet, 0, "本年收入合计", 1,
                Arrays.asList(money(all.income().currentYearIncome().current().get()), null, spending)));
        expected.add(new Expected(sheet, 0, "收入总计", 1,
                Arrays.asList(money(all.income().total().current().get()), null, spending)));
    }

    private void fiscalBalance(String sheet) {
        // the 财政拨款 basis: each appropriation with its 结转, on both sides
        FunctionalSpending spending = all.functional();
        BigDecimal general = spending.bySource(FundingSource.GENERAL_PUBLIC_BUDGET).total().get()
                .add(spending.bySource(FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER).total().get());
        BigDecimal fund = spending.bySource(FundingSource.GOVERNMENT_FUND).total().get()
                .add(spending.bySource(FundingSource.GOVERNMENT_FUND_CARRY_OVER).total().get());
        BigDecimal capital = spending.bySource(FundingSource.STATE_CAPITAL).total().get()
                .add(spending.bySource(FundingSource.STATE_CAPITAL_CARRY_OVER).total().get());
        BigDecimal income = all.income().fiscalAppropriation().current().get()
                .add(all.income().group(IncomeGroup.FISCAL_CARRY_OVER).current().get());
        expected.add(new Expected(sheet, 0, "收入总计", 1, Arrays.asList(money(income), null,
                money(general.add(fund).add(capital)), money(general), money(fund), money(capital))));
    }

    private void functional(String sheet, FunctionalSpending spending, Function<FunctionalGroup, List<BigDecimal>> row) {
        expected.add(new Expected(sheet, 1, "合计", 2, row.apply(spending.total())));
        spending.classes().forEach((code, group) -> expected.add(new Expected(sheet, 0, code, 2, row.apply(group))));
        spending.sections().forEach((code, group) -> expected.add(new Expected(sheet, 0, code, 2, row.apply(group))));
    }

    private void economic(String sheet) {
        EconomicSpending economic = all.economic();
        expected.add(new Expected(sheet, 1, "合计", 2, List.of(money(economic.total().current().get()),
                money(economic.personnel().current().get()), money(economic.publicCosts().current().get()))));
        economic.classes().forEach((code, total) ->
                expected.add(new Expected(sheet, 0, code, 2, List.of(money(total.current().get())))));
    }

    private void threePublic(String sheet) {
        ThreePublicExpenses parts = all.threePublic();
        List<Compared> order = List.of(parts.total(), parts.overseasTravel(), parts.vehicles(),
                parts.vehiclePurchase(), parts.vehicleOperation(), parts.reception());
        List<BigDecimal> values = new ArrayList<>();
        order.forEach(part -> values.add(money(part.current().getValue())));
        order.forEach(part -> values.add(money(part.prior().getValue())));
        expected.add(new Expected(sheet, 0, "合计", 1, values));
    }

    private List<BigDecimal> figures(FunctionalGroup group, String... names) {
        Map<String, BigDecimal> figures = Map.of("total", group.total().get(), "basic", group.basic().get(),
                "personnel", group.personnel().get(), "publicCosts", group.publicCosts().get(),
                "project", group.project().get());
        return Arrays.stream(names).map(name -> money(figures.get(name))).toList();
    }

    private BigDecimal money(BigDecimal yuan) {
        return unit.fromYuan(yuan);
    }
}
