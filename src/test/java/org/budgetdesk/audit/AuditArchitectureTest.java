package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit reads the model, the catalog, the check severities and the messages; it knows no view, no command line
 * and no project file. Only its {@code read} subpackage knows file formats (POI, PDFBox), and the core does not
 * reach into it.
 */
class AuditArchitectureTest {
    private static final Path AUDIT = Path.of("src/main/java/org/budgetdesk/audit");
    private static final List<String> ALLOWED_OWN = List.of("org.budgetdesk.audit.", "org.budgetdesk.model.",
            "org.budgetdesk.catalog.", "org.budgetdesk.check.Severity", "org.budgetdesk.i18n.");

    @Test
    void auditImportsOnlyModelCatalogSeveritiesAndMessages() throws IOException {
        for (Path file : sources()) {
            boolean reader = file.startsWith(AUDIT.resolve("read"));
            for (String imported : imports(file)) {
                boolean own = imported.startsWith("org.budgetdesk.");
                assertThat(!own || ALLOWED_OWN.stream().anyMatch(imported::startsWith))
                        .as("%s imports %s", file, imported).isTrue();
                assertThat(imported).as("%s", file).doesNotStartWith("javafx.");
                if (!reader) {
                    assertThat(imported).as("%s", file).doesNotStartWith("org.apache.")
                            .doesNotStartWith("org.budgetdesk.audit.read");
                }
            }
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(AUDIT)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> imports(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith("import "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1).replace(";", "")).toList();
    }
}
