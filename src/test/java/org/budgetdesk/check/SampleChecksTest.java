package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.DisclosureSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample project (乐山市社会保险事务中心 2021, REFERENCE §9): no errors, and the warnings the seed deserves. */
class SampleChecksTest {
    private static List<Finding> findings;

    @BeforeAll
    static void check() throws Exception {
        findings = new Checker().check(SampleProject.load());
        findings.forEach(CheckFixtures::assertFilled);
    }

    private static Finding one(String rule, Severity severity) {
        return findings.stream().filter(f -> f.rule().equals(rule) && f.severity() == severity)
                .findFirst().orElseThrow(() -> new AssertionError(rule + " " + severity + " in " + findings));
    }

    @Test
    void hasNoErrors() {
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(Checker.hasErrors(findings)).isFalse();
    }

    @Test
    void warnsOfTheVehicleWithoutRunningCost() {
        Finding finding = one("P1", Severity.WARNING);
        assertThat(finding.location().section()).isEqualTo(DisclosureSection.THREE_PUBLIC);
        assertThat(finding.message()).isEqualTo("单位有公务用车1辆，但公务用车运行维护费为0.00万元。");
    }

    @Test
    void warnsThatOperatingCostsRiseFarMoreThanTheBudget() {
        Finding finding = one("P2", Severity.WARNING);
        assertThat(finding.location().field()).isEqualTo("operatingCosts");
        assertThat(finding.figures()).containsExactly("169.75", "181.30", "67.21", "4.19");
        assertThat(finding.message()).startsWith("机关运行经费增长169.75%").contains("4.19%");
        assertThat(finding.messageEn()).contains("169.75%", "4.19%");
    }

    @Test
    void economicPriorsMarkedNotPublishedAreNotReportedAsMissing() {
        assertThat(findings).extracting(Finding::rule).doesNotContain("P3");
    }

    @Test
    void theSocialSecurityClassRoundingResidueIsInformation() {
        Finding finding = findings.stream()
                .filter(f -> f.rule().equals("X5") && "208".equals(f.location().code())).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.figures()).containsExactly("690.58", "690.59", "0.01", "5");
        assertThat(finding.message()).startsWith("208 社会保障和就业支出（类）为690.58万元")
                .contains("因四舍五入产生的0.01万元以内差异");
    }

    @Test
    void warningsAreOnlyTheTwoTheSeedDeserves() {
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::rule).containsExactlyInAnyOrder("P1", "P2");
    }
}
