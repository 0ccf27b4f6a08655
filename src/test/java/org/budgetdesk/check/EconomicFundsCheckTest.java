package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** X7 by fund: basic expenditure each fund pays on the functional lines is what the economic lines give it. */
class EconomicFundsCheckTest {

    private static List<Finding> x7(Department department) {
        return new Checker().check(department).stream().filter(finding -> finding.rule().equals("X7")
                && finding.location().field() != null && finding.location().field().equals("funds")).toList();
    }

    private static Unit school(Department department) {
        return department.units().get(1); // 某县第一中学: 30.00万元 of its basic expenditure is 事业收入
    }

    @Test
    void theSecondSampleSplitsItsSchoolsBasicExpenditureAndPasses() throws Exception {
        assertThat(x7(SampleProject.load(SampleProject.COUNTY_EDUCATION))).isEmpty();
    }

    @Test
    void basicExpenditureFromOtherMoneyWithNoSplitIsAWarning() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        school(department).economic().find("30299").orElseThrow().entered(Fund.NON_FISCAL).set(new BigDecimal("0.00"));

        List<Finding> findings = x7(department);

        assertThat(findings).extracting(Finding::severity, finding -> finding.location().unitName())
                .containsExactly(tuple(Severity.WARNING, "某县第一中学"));
        assertThat(findings.get(0).message()).startsWith("基本支出中有30.00万元不是一般公共预算安排的");
    }

    @Test
    void aSplitThatDiffersFromTheFunctionalLinesIsAnErrorByFund() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        school(department).economic().find("30299").orElseThrow().entered(Fund.NON_FISCAL)
                .set(new BigDecimal("250000.00"));

        List<Finding> findings = x7(department);

        assertThat(findings).extracting(Finding::message).contains(
                "一般公共预算安排的基本支出：功能分类720.00万元，经济分类725.00万元，相差5.00万元。",
                "非财政拨款资金安排的基本支出：功能分类30.00万元，经济分类25.00万元，相差5.00万元。");
        assertThat(findings).allMatch(finding -> finding.severity() == Severity.ERROR);
    }

    @Test
    void otherFundsBeyondALineAreAnError() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        EconomicLine line = school(department).economic().find("30201").orElseThrow();
        line.entered(Fund.GOVERNMENT_FUND).set(line.current().get().add(new BigDecimal("100.00")));

        assertThat(x7(department)).extracting(Finding::message)
                .anyMatch(message -> message.startsWith("经济科目30201中由其他资金安排的部分合计40.01万元，超过了该科目基本支出40.00万元"));
    }
}
