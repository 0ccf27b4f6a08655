package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation BudgetDesk generates from a project, audited against that project, gives no finding — for every
 * sample project in {@code assets/samples}. Its residues are explained by the notes the generator writes.
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
}
