package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A text against a project: every figure it names in a way the project knows must be the project's, as printed. */
class AuditProjectTest {
    private static Department sample;
    private static String generated;

    @BeforeAll
    static void load() throws Exception {
        sample = SampleProject.load();
        generated = NarrativeGenerator.sichuan().generate(sample).text();
    }

    private static AuditReport audit(String text) {
        return new Auditor().audit(text, sample);
    }

    @Test
    void thePublishedTextDiffersFromTheSampleOnlyIn住房保障() {
        AuditReport report = audit(AuditTexts.read(AuditTexts.SEED));

        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.PROJECT_FIGURE)
                .extracting(AuditFinding::stated, AuditFinding::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("54.39万元", "54.38万元"));
    }

    @Test
    void aFigureChangedWithItsComparisonStillDiffersFromTheProject() {
        String text = generated.replace("机关运行经费预算为181.3万元，较上年预算数67.21万元增加114.09万元，增长169.75%",
                "机关运行经费预算为181.4万元，较上年预算数67.31万元增加114.09万元，增长169.5%");

        AuditReport report = audit(text);

        assertThat(text).isNotEqualTo(generated);
        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::variant, AuditFinding::stated,
                        AuditFinding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PROJECT_FIGURE, "", "181.4万元", "181.3万元"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PROJECT_FIGURE, "prior", "67.31万元",
                                "67.21万元"));
    }

    @Test
    void anItemAndItsClassChangedTogetherDifferFromTheProject() {
        String text = generated.replace("卫生健康支出18.09万元", "卫生健康支出18.19万元")
                .replace("行政单位医疗（项）：2021年预算数为18.09万元", "行政单位医疗（项）：2021年预算数为18.19万元");

        AuditReport report = audit(text);

        assertThat(report.findings()).extracting(AuditFinding::kind).contains(FindingKind.PROJECT_FIGURE);
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.PROJECT_FIGURE)
                .extracting(AuditFinding::stated).containsExactlyInAnyOrder("18.19万元", "18.19万元");
    }

    @Test
    void theThreePublicPartsAreComparedToo() {
        String text = generated.replace("2.公务接待费预算数3万元，较上年预算数3.88万元", "2.公务接待费预算数3万元，较上年预算数3.98万元")
                .replace("减少0.88万元，下降23%。主要原因是厉行节约", "减少0.98万元，下降25%。主要原因是厉行节约");

        AuditReport report = audit(text);

        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::stated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.PROJECT_FIGURE, "3.98万元"));
    }
}
