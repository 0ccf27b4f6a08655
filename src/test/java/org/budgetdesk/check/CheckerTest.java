package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.set;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.io.RandomDepartments;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.junit.jupiter.api.Test;

/** The checker over several units and 部门汇总: locations, order, and no finding said twice. */
class CheckerTest {
    private final Department department = clean();

    /** A subordinate unit of 10万元 project spending with a vehicle and no running cost. */
    private Unit subordinate() {
        Unit unit = new Unit("下属单位");
        set(unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "100000.00", "100000.00", "");
        FunctionalLine line = new FunctionalLine("2080109");
        line.project().set(yuan("100000.00"));
        line.prior().set(yuan("100000.00"));
        unit.functional().add(line);
        org.budgetdesk.model.EconomicLine classified = new org.budgetdesk.model.EconomicLine("30227");
        classified.project().set(yuan("100000.00"));
        unit.economic().add(classified);
        unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(1);
        department.units().add(unit);
        return unit;
    }

    /**
     * A rule that says it finds no error never does, so the export's check of errors only ({@link Checker#errors})
     * finds what every check finds: on both samples and on random departments (their amounts make many errors).
     */
    @Test
    void theErrorsAloneAreTheErrorsOfEveryCheck() throws Exception {
        long seed = 20261203L;
        System.out.println("CheckerTest seed " + seed);
        Random random = new Random(seed);
        List<Department> departments = new ArrayList<>(List.of(SampleProject.load(),
                SampleProject.load(SampleProject.COUNTY_EDUCATION)));
        departments.addAll(RandomDepartments.departments(random, 30));
        Checker checker = new Checker();
        int errors = 0;
        for (Department department : departments) {
            Catalog catalog = Catalog.forYear(department.budgetYear().get());
            for (Rule rule : checker.rules()) {
                if (!rule.findsErrors()) {
                    assertThat(rule.check(department, catalog)).as(rule.id())
                            .noneMatch(finding -> finding.severity() == Severity.ERROR);
                }
            }
            List<Finding> all = checker.check(department).stream()
                    .filter(finding -> finding.severity() == Severity.ERROR).toList();
            assertThat(checker.errors(department)).isEqualTo(all);
            errors += all.size();
        }
        assertThat(errors).as("the departments have errors to compare").isGreaterThan(100);
        assertThat(checker.rules()).filteredOn(rule -> !rule.findsErrors()).extracting(Rule::id)
                .contains("N7", "P1");
    }

    @Test
    void everyRuleHasAnIdAndTheyRunInOrder() {
        assertThat(new Checker().rules()).extracting(Rule::id).containsExactly(
                "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X10", "X11", "X12", "X13", "X14", "X15",
                "N7", "N8", "N9", "P1", "P2", "P3", "P4", "P5");
    }

    @Test
    void findingsNameTheirUnitAndComeInTabOrder() {
        subordinate();
        department.ownUnit().texts().functions().set(0, "负责XX工作。");
        List<Finding> findings = new Checker().check(department);
        assertThat(findings).extracting(Finding::rule).containsExactly("N8", "P1");
        assertThat(findings.get(0).location().unitIndex()).isZero();
        assertThat(findings.get(1).location()).isEqualTo(
                new Location(DisclosureSection.THREE_PUBLIC, 1, "下属单位", null, "vehicleOperation"));
    }

    @Test
    void theConsolidatedDepartmentKeepsOnlyWhatNoUnitSaysWordForWord() {
        subordinate();
        department.ownUnit().operatingCosts().prior().set(yuan("50000.00"));
        List<Finding> growth = new Checker().check(department).stream()
                .filter(finding -> finding.rule().equals("P2")).toList();
        assertThat(growth).hasSize(2);
        assertThat(growth.get(0).location().unitIndex()).isZero();
        assertThat(growth.get(0).message()).contains("5.26%");
        assertThat(growth.get(1).location().isConsolidated()).isTrue();
        assertThat(growth.get(1).location().unitName()).isEqualTo("测试部门");
        assertThat(growth.get(1).message()).contains("4.76%");
    }

    @Test
    void theMessageFollowsTheLocale() {
        department.ownUnit().threePublic().vehicleOperation().current().set(yuan("0.00"));
        Finding finding = new Checker().check(department).stream()
                .filter(candidate -> candidate.rule().equals("P1")).findFirst().orElseThrow();
        assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(finding.message());
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo(finding.messageEn()).startsWith("The unit holds");
    }
}
