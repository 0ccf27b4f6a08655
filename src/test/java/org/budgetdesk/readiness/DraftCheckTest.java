package org.budgetdesk.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

class DraftCheckTest {
    private final DraftCheck draftCheck = new DraftCheck();

    @Test
    void aCompleteDraftHasTheCheckersFindingsAndNoPlaceholder() throws Exception {
        Department department = SampleProject.load();
        assertThat(draftCheck.check(department)).isEqualTo(new Checker().check(department));
    }

    @Test
    void aPlaceholderIsAWarningAtTheFieldToWrite() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().texts().appropriationPurpose().set("");

        List<Finding> placeholders = n10(draftCheck.check(department));

        assertThat(placeholders).hasSize(1);
        Finding finding = placeholders.get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(new Location(DisclosureSection.OVERVIEW, 0,
                department.ownUnit().name().get(), null, "appropriationPurpose"));
        assertThat(finding.message()).isEqualTo(
                "说明的“四、财政拨款支出预算安排情况”中将显示【待填写】：尚未填写财政拨款主要用于哪些方面。");
        assertThat(finding.messageEn()).contains("placeholder", "财政拨款主要用于哪些方面");
    }

    @Test
    void everyMissingTextIsAFindingInTabOrder() throws Exception {
        Department department = SampleProject.load();
        Unit unit = department.ownUnit();
        unit.functional().find("2080599", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().purpose().set(" ");
        unit.threePublic().receptionPlan().set("");
        unit.texts().functions().clear();
        department.parentDepartment().set("");

        List<Finding> findings = draftCheck.check(department);

        assertThat(n10(findings)).extracting(finding -> finding.location().section() + " " + finding.location().field())
                .containsExactly("OVERVIEW functions", "OVERVIEW parentDepartment", "FUNCTIONAL purpose",
                        "THREE_PUBLIC receptionPlan");
        assertThat(findings).extracting(finding -> finding.location().section()).isSorted();
    }

    @Test
    void aMissingReasonThatN9ReportsIsNotReportedTwice() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().reason().set("");

        List<Finding> findings = draftCheck.check(department);

        assertThat(findings).anyMatch(finding -> finding.rule().equals("N9")
                && "operatingCosts.reason".equals(finding.location().field()));
        assertThat(n10(findings)).isEmpty();
    }

    @Test
    void everyMissingTextOfEveryTemplateHasAPlace() throws IOException {
        Path templates = Path.of("src/main/resources/org/budgetdesk/region");
        try (Stream<Path> files = Files.walk(templates)) {
            List<Path> properties = files.filter(file -> file.toString().endsWith(".properties")).toList();
            assertThat(properties).isNotEmpty();
            for (Path file : properties) {
                Properties template = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    template.load(in);
                }
                assertThat(template.stringPropertyNames().stream().filter(key -> key.startsWith("missing.")))
                        .as("missing texts of %s", file)
                        .allMatch(key -> PlaceholderFields.of(key).isPresent());
            }
        }
    }

    private static List<Finding> n10(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.rule().equals(DraftCheck.PLACEHOLDER_RULE)).toList();
    }
}
