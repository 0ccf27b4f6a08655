package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.only;
import static org.budgetdesk.check.CheckFixtures.run;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.List;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** P1–P5: plausibility warnings. */
class PlausibilityRulesTest {
    private final Department department = clean();
    private final Unit unit = department.ownUnit();

    @Test
    void p1VehiclesNeedARunningCost() {
        assertThat(run(new VehicleRunningCostRule(), department)).isEmpty();
        unit.threePublic().vehicleOperation().current().set(yuan("0.00"));
        Finding finding = only(run(new VehicleRunningCostRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "vehicleOperation");
        assertThat(finding.message()).isEqualTo("单位有公务用车1辆，但公务用车运行维护费为0.00万元。");
    }

    @Test
    void p2GrowthOverHundredPercentIsNamedBesideTheWholeBudget() {
        assertThat(run(new SharpGrowthRule(), department)).isEmpty();
        unit.operatingCosts().prior().set(yuan("50000.00"));
        Finding finding = only(run(new SharpGrowthRule(), department), Severity.WARNING,
                DisclosureSection.OTHER, null, "operatingCosts");
        assertThat(finding.message())
                .isEqualTo("机关运行经费增长200.00%（15.00万元，上年5.00万元），而收入总计的增减率为5.26%，请核实并说明原因。");
    }

    @Test
    void p3APriorYearOfZeroUnderACurrentFigureLooksMissing() {
        assertThat(run(new PriorYearMissingRule(), department)).isEmpty();
        for (EconomicLine line : unit.economic().lines()) {
            line.prior().set(yuan("0.00"));
        }
        Finding finding = only(run(new PriorYearMissingRule(), department), Severity.WARNING,
                DisclosureSection.ECONOMIC, null, "total");
        assertThat(finding.message()).startsWith("基本支出经济分类合计本年为80.00万元，上年数为0.00万元");
    }

    @Test
    void p4UnknownCodesAndOldNamesAreWarnings() {
        assertThat(run(new CatalogCodeRule(), department)).isEmpty();
        department.customFunctionalCodes().put("218", "资源勘探信息等支出");
        department.customFunctionalCodes().put("21801", "自定义款");
        FunctionalLine line = new FunctionalLine("2180101");
        unit.functional().add(line);
        List<Finding> findings = run(new CatalogCodeRule(), department);
        assertThat(findings).extracting(Finding::severity, f -> f.location().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "218"),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "21801"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "2180101"));
        findings.forEach(CheckFixtures::assertFilled);
        assertThat(findings.get(0).message())
                .isEqualTo("自定义科目218“资源勘探信息等支出”是旧科目名称；2021年支出功能分类科目中为215“资源勘探工业信息等支出”。");
        assertThat(findings.get(2).message()).startsWith("科目编码2180101不在2021年支出功能分类科目中");
    }

    @Test
    void p5IncomeAndSpendingBalancePerSource() {
        assertThat(run(new SourceBalanceRule(), department)).isEmpty();
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(yuan("900000.00"));
        unit.income().source(FundingSource.OTHER_INCOME).current().set(yuan("100000.00"));
        List<Finding> findings = run(new SourceBalanceRule(), department);
        assertThat(findings).extracting(f -> f.location().field())
                .containsExactly("GENERAL_PUBLIC_BUDGET", "OTHER_INCOME");
        findings.forEach(CheckFixtures::assertFilled);
        assertThat(findings.get(1).message()).isEqualTo("其他收入为10.00万元，而由其安排的支出为0.00万元，相差10.00万元。");
    }

    @Test
    void p1ARunningCostWithoutAVehicleAndAPurchaseWithoutAPlannedVehicleAreQuestioned() {
        unit.assets().vehicles(org.budgetdesk.model.VehicleUse.GENERAL_OFFICIAL).set(0);
        Finding running = only(run(new VehicleRunningCostRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "vehicleOperation");
        assertThat(running.message()).isEqualTo("单位没有公务用车，却安排公务用车运行维护费1.00万元：请核对车辆数或运行维护费。");

        unit.threePublic().vehicleOperation().current().set(yuan("0.00"));
        unit.threePublic().vehiclePurchase().current().set(yuan("250000.00"));
        Finding purchase = only(run(new VehicleRunningCostRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "vehiclePurchase");
        assertThat(purchase.message()).isEqualTo("安排公务用车购置费25.00万元，但计划购置车辆数为0：请填写计划购置的车辆数。");

        unit.assets().plannedVehicles().set(1);
        assertThat(run(new VehicleRunningCostRule(), department)).isEmpty();
    }

    @Test
    void p2WithoutARateForTheWholeBudgetNamesNoPercentForIt() {
        unit.operatingCosts().prior().set(yuan("50000.00"));
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).prior().set(null);

        Finding finding = only(run(new SharpGrowthRule(), department), Severity.WARNING,
                DisclosureSection.OTHER, null, "operatingCosts");

        assertThat(finding.message()).isEqualTo("机关运行经费增长200.00%（15.00万元，上年5.00万元），请核实并说明原因。")
                .doesNotContain("—");
    }
}
