package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.yuan;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.junit.jupiter.api.Test;

/** Rounding residues in 万元 (REFERENCE §3): up to 0.01 per part is information, more is an error. */
class ResiduesTest {
    private final List<Finding> findings = new ArrayList<>();

    private Scope scope() {
        Department department = clean();
        return Scope.all(department, Catalog.forYear(2021), "X5", findings).get(0);
    }

    private void compare(String whole, String... parts) {
        List<java.math.BigDecimal> amounts = new ArrayList<>();
        for (String part : parts) {
            amounts.add(yuan(part));
        }
        Residues.compare(scope(), () -> new Location(DisclosureSection.FUNCTIONAL, 0, "测试部门", "208", null),
                () -> "208 测试", RuleText.term("parts.items"), yuan(whole), amounts);
    }

    @Test
    void partsThatAddUpInWanYuanGiveNothing() {
        compare("1000000.00", "500000.00", "500000.00");
        assertThat(findings).isEmpty();
    }

    @Test
    void aGapWithinOneFenOfWanYuanPerPartIsInformationWithTheSentence() {
        compare("1000100.00", "500050.00", "500050.00");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.figures()).containsExactly("100.01", "100.02", "0.01", "2");
            assertThat(finding.message()).contains("因四舍五入产生的0.01万元以内差异");
            CheckFixtures.assertFilled(finding);
        });
    }

    @Test
    void aLargerGapIsAnError() {
        compare("1000000.00", "500000.00", "500300.00");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.figures()).containsExactly("100.00", "100.03", "0.03", "0.02");
            CheckFixtures.assertFilled(finding);
        });
    }
}
