package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/** A small department that passes every rule, to break one rule at a time; and assertions on findings. */
final class CheckFixtures {
    private CheckFixtures() {
    }

    /**
     * One unit, amounts in whole 万元 (no rounding residue): income 100 (prior 95, with a reason) = 2080101 basic 80
     * (人员 60, 公用 20) + 2080109 project 20; economic 30101 60 + 30201 20; “三公” 3 (reception 2, vehicle operation 1,
     * unchanged); one vehicle; 机关运行经费 15 (prior 14, with a reason); one project of 20 under 2080109.
     */
    static Department clean() {
        Department department = new Department("测试部门", 2021);
        Unit unit = department.ownUnit();
        set(unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "1000000.00", "950000.00", "人员增加。");
        FunctionalLine administration = new FunctionalLine("2080101");
        administration.personnel().set(yuan("600000.00"));
        administration.publicCosts().set(yuan("200000.00"));
        administration.prior().set(yuan("760000.00"));
        administration.purpose().set("保障机关正常运转。");
        unit.functional().add(administration);
        FunctionalLine agency = new FunctionalLine("2080109");
        agency.project().set(yuan("200000.00"));
        agency.prior().set(yuan("190000.00"));
        unit.functional().add(agency);
        unit.economic().add(economic("30101", "600000.00", "570000.00"));
        unit.economic().add(economic("30201", "200000.00", "190000.00"));
        EconomicLine commissioned = economic("30227", "0.00", "0.00");
        commissioned.project().set(yuan("200000.00")); // the project, classified by 款 (表2-1)
        unit.economic().add(commissioned);
        set(unit.threePublic().reception(), "20000.00", "20000.00", "");
        set(unit.threePublic().vehicleOperation(), "10000.00", "10000.00", "");
        unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(1);
        set(unit.operatingCosts(), "150000.00", "140000.00", "人均公用经费标准提高。");
        PerformanceProject project = new PerformanceProject();
        project.name().set("经办项目");
        project.functionalCode().set("2080109");
        project.amount().set(yuan("200000.00"));
        project.goals().set("2021年按时完成经办任务。");
        unit.performance().add(project);
        unit.texts().functions().setAll("负责社会保险经办。");
        unit.texts().keyTasks().setAll("与2020年相比提高服务效率。");
        return department;
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    static void set(ComparedAmount amount, String current, String prior, String reason) {
        amount.current().set(yuan(current));
        amount.prior().set(yuan(prior));
        amount.reason().set(reason);
    }

    static EconomicLine economic(String code, String current, String prior) {
        EconomicLine line = new EconomicLine(code);
        line.current().set(yuan(current));
        line.prior().set(yuan(prior));
        return line;
    }

    static List<Finding> run(Rule rule, Department department) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        return rule.check(department, catalog);
    }

    /**
     * The one finding of the rule at this place, after checking that both messages are filled (no missing template
     * or argument) and that the Chinese one names each of the figures.
     */
    static Finding only(List<Finding> findings, Severity severity, DisclosureSection section, String code,
                        String field) {
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.location().section()).isEqualTo(section);
        assertThat(finding.location().code()).isEqualTo(code);
        assertThat(finding.location().field()).isEqualTo(field);
        assertFilled(finding);
        return finding;
    }

    static void assertFilled(Finding finding) {
        assertThat(finding.message()).isNotBlank().doesNotContain("[").doesNotContain("{");
        assertThat(finding.messageEn()).isNotBlank().doesNotContain("[").doesNotContain("{");
        for (String figure : finding.figures()) {
            assertThat(finding.message()).contains(figure);
            assertThat(finding.messageEn()).contains(figure);
        }
    }
}
