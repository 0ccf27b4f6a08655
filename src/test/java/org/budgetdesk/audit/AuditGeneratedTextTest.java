package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Random;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.RandomDepartments;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation BudgetDesk generates from a project, audited against that project, gives no finding — for every
 * sample project in {@code assets/samples}, and for random departments. Its residues are explained by the notes the
 * generator writes; the shares it prints add up to 100% as printed.
 */
class AuditGeneratedTextTest {

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            return files.filter(path -> path.toString().endsWith(".budget")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedExplanationAgreesWithItsOwnProject(Path sample) throws Exception {
        Department project = new ProjectFiles().load(sample);
        String text = NarrativeGenerator.sichuan().generate(project).text();

        AuditReport alone = new Auditor().audit(text);
        AuditReport against = new Auditor().audit(text, project);

        assertThat(alone.findings()).isEmpty();
        assertThat(against.findings()).isEmpty();
        assertThat(against.budgetYear()).isEqualTo(project.budgetYear().get());
        assertThat(against.statements()).isGreaterThan(40);
    }

    static LongStream seeds() {
        return RandomValues.seeds(60);
    }

    @SeededTest
    @MethodSource("seeds")
    void theExplanationOfAnyDepartmentHasNoInternalSlip(long seed) {
        // Random texts are blank (a placeholder) or junk (“xx” reads as one): missing numbers are not this test's
        Random random = new Random(seed);
        Department department = RandomDepartments.department(random);
        String region = RandomValues.oneOf(random, "sichuan-2021", "sichuan-2024", "central"); // the shipped ones
        String text = new NarrativeGenerator(NarrativeTemplate.forRegionOrDefault(region)).generate(department).text();

        assertThat(new Auditor().audit(text).findings()).as(region + "\n" + text)
                .filteredOn(finding -> finding.kind() != FindingKind.MISSING_NUMBER)
                .isEmpty();
    }
}
