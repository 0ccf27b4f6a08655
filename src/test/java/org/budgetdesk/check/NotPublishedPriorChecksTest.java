package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.List;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** A prior-year figure that is not published (未公开) is not a zero: no change, no reason asked, no sums over it. */
class NotPublishedPriorChecksTest {
    private final Department department = clean();
    private final Unit unit = department.ownUnit();

    @Test
    void aZeroPriorWithoutAReasonIsReportedButAPriorNotPublishedIsNot() {
        unit.operatingCosts().prior().set(yuan("0.00"));
        unit.operatingCosts().reason().set("");
        assertThat(rules(new Checker().check(department))).contains("P3", "N9");

        unit.operatingCosts().prior().set(null);

        assertThat(rules(new Checker().check(department))).doesNotContain("P3", "N9", "P2");
    }

    @Test
    void everyPriorNotPublishedGivesNoFindingAtAll() {
        List<String> before = rules(new Checker().check(department));
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).prior().set(null);
        unit.functional().lines().forEach(line -> line.prior().set(null));
        unit.economic().lines().forEach(line -> line.prior().set(null));
        unit.threePublic().reception().prior().set(null);
        unit.threePublic().vehicleOperation().prior().set(null);
        unit.operatingCosts().prior().set(null);

        List<Finding> findings = new Checker().check(department);

        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(Finding::rule).isSubsetOf(before);
        assertThat(rules(findings)).doesNotContain("X2", "X5", "X6", "X8", "X10", "P3", "N9", "P2");
    }

    @Test
    void theConsolidatedPriorIsNotPublishedWhenOneUnitsIs() {
        Unit second = new Unit("下属单位");
        department.units().add(second);
        second.operatingCosts().current().set(yuan("10000.00"));
        second.operatingCosts().prior().set(null);

        assertThat(department.consolidated().operatingCosts().prior().get()).isNull();
        assertThat(department.consolidated().operatingCosts().yearOnYear().get().isComparable()).isFalse();
        assertThat(rules(new Checker().check(department))).doesNotContain("P3", "N9", "P2");
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
