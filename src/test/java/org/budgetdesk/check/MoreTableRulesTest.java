package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.only;
import static org.budgetdesk.check.CheckFixtures.run;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** X10–X14: each rule passes the clean fixture and fails a broken one. */
class MoreTableRulesTest {
    private final Department department = clean();
    private final Unit unit = department.ownUnit();

    @Test
    void x10VehiclesMustBePurchasePlusOperation() {
        assertThat(run(new ThreePublicTotalsRule(), department)).isEmpty();
        ComparedAmount stray = new ComparedAmount();
        stray.prior().set(yuan("5000.00"));
        unit.threePublic().vehicles().add(stray);
        List<Finding> findings = run(new ThreePublicTotalsRule(), department);
        assertThat(findings).extracting(f -> f.location().field()).containsExactly("vehicles", "total");
        CheckFixtures.assertFilled(findings.get(0));
        assertThat(findings.get(0).message())
                .isEqualTo("公务用车购置及运行维护费的上年数为1.50万元，不等于购置费0.00万元与运行维护费1.00万元之和，相差0.50万元。");
    }

    @Test
    void x11IncomeWithoutSpendingWouldPublishAnEmptyTable() {
        assertThat(run(new EmptyTableRule(), department)).isEmpty();
        unit.income().source(FundingSource.GOVERNMENT_FUND).current().set(yuan("50000.00"));
        Finding finding = only(run(new EmptyTableRule(), department), Severity.ERROR,
                DisclosureSection.INCOME, null, "GOVERNMENT_FUND");
        assertThat(finding.message()).startsWith("政府性基金预算拨款为5.00万元").contains("空表");
    }

    @Test
    void x11SpendingWithoutIncomeIsNotAnEmptyTable() {
        FunctionalLine line = new FunctionalLine("2080101", FundingSource.STATE_CAPITAL);
        line.project().set(yuan("30000.00"));
        unit.functional().add(line);
        Finding finding = only(run(new EmptyTableRule(), department), Severity.ERROR,
                DisclosureSection.FUNCTIONAL, null, "STATE_CAPITAL");
        assertThat(finding.message()).contains("国有资本经营预算拨款", "3.00");
    }

    @Test
    void x12ProcurementMustBeGoodsPlusWorksPlusServices() {
        unit.procurement().goods().set(yuan("40000.00"));
        assertThat(run(new ProcurementTotalRule(), department)).isEmpty();
        unit.procurement().total().add(new SimpleObjectProperty<>(yuan("1000.00")));
        Finding finding = only(run(new ProcurementTotalRule(), department), Severity.ERROR,
                DisclosureSection.OTHER, null, "procurement");
        assertThat(finding.message()).isEqualTo("政府采购预算4.10万元不等于货物4.00万元、工程0.00万元与服务0.00万元之和，相差0.10万元。");
    }

    @Test
    void x13ProjectsMustNotExceedProjectExpenditure() {
        assertThat(run(new PerformanceTargetsRule(), department)).isEmpty();
        unit.performance().projects().get(0).amount().set(yuan("250000.00"));
        Finding finding = only(run(new PerformanceTargetsRule(), department), Severity.ERROR,
                DisclosureSection.OTHER, null, "projects");
        assertThat(finding.message()).isEqualTo("1个绩效目标项目合计25.00万元，超过项目支出20.00万元，超出5.00万元。");
    }

    @Test
    void x13EachProjectMustBeUnderALineOfTheUnit() {
        PerformanceProject project = new PerformanceProject();
        project.name().set("信息化项目");
        project.functionalCode().set("2080102");
        unit.performance().add(project);
        Finding finding = only(run(new PerformanceTargetsRule(), department), Severity.ERROR,
                DisclosureSection.OTHER, "2080102", "projects.1");
        assertThat(finding.message()).contains("信息化项目", "2080102", "不是本单位的支出科目");
    }

    @Test
    void x14OperatingCostsMustNotExceedPublicCosts() {
        assertThat(run(new OperatingCostsRule(), department)).isEmpty();
        unit.operatingCosts().current().set(yuan("250000.00"));
        Finding finding = only(run(new OperatingCostsRule(), department), Severity.ERROR,
                DisclosureSection.OTHER, null, "operatingCosts");
        assertThat(finding.message()).startsWith("机关运行经费25.00万元超过公用经费20.00万元，超出5.00万元");
        assertThat(finding.messageEn()).contains("25.00", "20.00", "5.00");
    }

    @Test
    void x1LastYearsIncomeAndExpenditureTotalsShouldAgreeToo() {
        assertThat(run(new IncomeMatchesExpenditureRule(), department)).isEmpty();
        unit.functional().lines().get(0).prior().set(yuan("700000.00"));

        Finding finding = only(run(new IncomeMatchesExpenditureRule(), department), Severity.WARNING,
                DisclosureSection.INCOME, null, "total");

        assertThat(finding.message()).isEqualTo(
                "上年收入总计95.00万元与上年支出总计89.00万元不相等，相差6.00万元：请核对上年数是否录入在正确的行。");
        unit.functional().lines().get(0).prior().set(null);
        assertThat(run(new IncomeMatchesExpenditureRule(), department)).isEmpty();
    }

    @Test
    void x10AFundCannotPayMoreOfAPartThanThePartItself() {
        unit.threePublic().entered(org.budgetdesk.model.Fund.GOVERNMENT_FUND,
                org.budgetdesk.model.ThreePublicPart.RECEPTION).current().set(yuan("25000.00"));

        Finding finding = only(run(new ThreePublicTotalsRule(), department), Severity.ERROR,
                DisclosureSection.THREE_PUBLIC, null, "reception");

        assertThat(finding.message()).isEqualTo(
                "本年数中，由政府性基金、国有资本经营预算和其他资金安排的公务接待费合计2.50万元，超过了公务接待费总数2.00万元，相差0.50万元。");
    }
}
