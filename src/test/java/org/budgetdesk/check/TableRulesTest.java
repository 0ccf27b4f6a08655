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
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * X1–X8: each rule passes the clean fixture and fails a broken one. The model keeps most of these identities by
 * construction, so the broken fixtures add a stray part to a model total, as a model bug would.
 */
class TableRulesTest {
    private final Department department = clean();
    private final Unit unit = department.ownUnit();

    private static ComparedAmount stray(String current) {
        ComparedAmount amount = new ComparedAmount();
        amount.current().set(yuan(current));
        return amount;
    }

    private static FunctionalLine strayLine(String personnel) {
        FunctionalLine line = new FunctionalLine("2080101");
        line.personnel().set(yuan(personnel));
        return line;
    }

    @Test
    void cleanFixturePassesEveryRule() {
        assertThat(new Checker().check(department)).isEmpty();
    }

    @Test
    void x1IncomeTotalMustEqualExpenditureTotal() {
        unit.income().source(FundingSource.OTHER_INCOME).current().set(yuan("12300.00"));
        Finding finding = only(run(new IncomeMatchesExpenditureRule(), department), Severity.ERROR,
                DisclosureSection.INCOME, null, "total");
        assertThat(finding.rule()).isEqualTo("X1");
        assertThat(finding.figures()).containsExactly("101.23", "100.00", "1.23");
        assertThat(finding.message()).isEqualTo("收入总计101.23万元与支出总计100.00万元不相等，相差1.23万元。");
    }

    @Test
    void x2CurrentYearIncomeMustBeTheSumOfTheSources() {
        assertThat(run(new IncomeTotalsRule(), department)).isEmpty();
        unit.income().currentYearIncome().add(stray("500.00"));
        List<Finding> findings = run(new IncomeTotalsRule(), department);
        assertThat(findings).extracting(finding -> finding.location().field())
                .containsExactly("currentYearIncome", "total");
        CheckFixtures.assertFilled(findings.get(0));
        assertThat(findings.get(0).message()).contains("本年数", "100.05", "100.00", "0.05");
    }

    @Test
    void x3ExpenditureTotalMustBeTheSumOfTheLines() {
        assertThat(run(new ExpenditureTotalRule(), department)).isEmpty();
        unit.functional().total().add(strayLine("100.00"));
        Finding finding = only(run(new ExpenditureTotalRule(), department), Severity.ERROR,
                DisclosureSection.FUNCTIONAL, null, "total");
        assertThat(finding.message()).contains("支出合计", "人员经费", "60.01", "60.00", "0.01");
    }

    @Test
    void x3EachSourceTotalMustBeTheSumOfItsLines() {
        unit.functional().bySource(FundingSource.GOVERNMENT_FUND).add(strayLine("300.00"));
        List<Finding> findings = run(new ExpenditureTotalRule(), department);
        assertThat(findings).filteredOn(f -> "GOVERNMENT_FUND".equals(f.location().field())).singleElement()
                .satisfies(CheckFixtures::assertFilled)
                .satisfies(f -> assertThat(f.message()).contains("政府性基金预算拨款", "0.03"));
    }

    @Test
    void x4BasicMustBePersonnelPlusPublicCosts() {
        assertThat(run(new RowTotalsRule(), department)).isEmpty();
        FunctionalLine line = unit.functional().lines().get(0);
        line.basic().add(new SimpleObjectProperty<>(yuan("7000.00")));
        List<Finding> findings = run(new RowTotalsRule(), department);
        Finding first = findings.get(0);
        assertThat(first.location()).isEqualTo(new Location(DisclosureSection.FUNCTIONAL, 0, "测试部门", "2080101",
                "GENERAL_PUBLIC_BUDGET"));
        CheckFixtures.assertFilled(first);
        assertThat(first.message()).startsWith("2080101 行政运行（一般公共预算拨款）的基本支出80.70万元")
                .contains("60.00", "20.00", "0.70");
    }

    @Test
    void x5SectionMustBeTheSumOfItsItems() {
        assertThat(run(new FunctionalSubtotalsRule(), department)).isEmpty();
        unit.functional().sections().get("20801").add(strayLine("250000.00"));
        List<Finding> findings = run(new FunctionalSubtotalsRule(), department);
        Finding finding = findings.get(0);
        assertThat(finding.location().code()).isEqualTo("20801");
        CheckFixtures.assertFilled(finding);
        assertThat(finding.message()).isEqualTo(
                "20801 人力资源和社会保障管理事务（款）的人员经费为85.00万元，而其各项之和为60.00万元，相差25.00万元。");
    }

    @Test
    void x6EconomicClassMustBeTheSumOfItsItems() {
        assertThat(run(new EconomicTotalsRule(), department)).isEmpty();
        unit.economic().classes().get("301").add(stray("10000.00"));
        List<Finding> findings = run(new EconomicTotalsRule(), department);
        assertThat(findings).extracting(f -> f.location().code()).contains("301");
        Finding finding = findings.get(0);
        CheckFixtures.assertFilled(finding);
        assertThat(finding.message()).isEqualTo("301 工资福利支出的本年数为61.00万元，而其明细之和为60.00万元，相差1.00万元。");
    }

    @Test
    void x7BasicExpenditureMustEqualTheEconomicTotal() {
        assertThat(run(new BasicMatchesEconomicRule(), department)).isEmpty();
        unit.economic().find("30101").orElseThrow().current().set(yuan("610000.00"));
        Finding finding = only(run(new BasicMatchesEconomicRule(), department), Severity.ERROR,
                DisclosureSection.ECONOMIC, null, "total");
        assertThat(finding.message()).contains("80.00", "81.00", "1.00");
    }

    @Test
    void x7SplitMustAgreeWhenTheTotalsDo() {
        unit.economic().find("30101").orElseThrow().current().set(yuan("590000.00"));
        unit.economic().find("30201").orElseThrow().current().set(yuan("210000.00"));
        Finding finding = only(run(new BasicMatchesEconomicRule(), department), Severity.ERROR,
                DisclosureSection.ECONOMIC, null, "personnel");
        assertThat(finding.figures()).containsExactly("60.00", "20.00", "59.00", "21.00", "1.00");
    }

    @Test
    void x8FiscalAppropriationMustBeTheThreeAppropriations() {
        assertThat(run(new FiscalAppropriationRule(), department)).isEmpty();
        unit.income().fiscalAppropriation().add(stray("2000.00"));
        Finding finding = only(run(new FiscalAppropriationRule(), department), Severity.ERROR,
                DisclosureSection.INCOME, null, "fiscalAppropriation");
        assertThat(finding.message()).contains("财政拨款收入", "100.20", "100.00", "0.20");
    }

    @Test
    void x7ProjectSpendingClassifiedByItemMustEqualTheProjectSpendingOrBeSaidToBeMissing() {
        assertThat(run(new BasicMatchesEconomicRule(), department)).isEmpty();
        unit.economic().find("30227").orElseThrow().project().set(yuan("150000.00"));

        Finding finding = only(run(new BasicMatchesEconomicRule(), department), Severity.ERROR,
                DisclosureSection.ECONOMIC, null, "project");
        assertThat(finding.message()).isEqualTo("按经济分类填列的项目支出15.00万元与功能分类的项目支出20.00万元不相等，相差5.00万元。");

        unit.economic().find("30227").orElseThrow().project().set(yuan("0.00"));
        Finding note = only(run(new BasicMatchesEconomicRule(), department), Severity.INFO,
                DisclosureSection.ECONOMIC, null, "project");
        assertThat(note.message()).isEqualTo("项目支出20.00万元未按经济分类填列，表2-1（部门经济分类科目）只含基本支出。");
    }
}
