package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The narrative reads model, catalog and format only: no views, no file formats, no POI (STYLE.md). */
class NarrativeArchitectureTest {
    private static final List<String> ALLOWED_OWN = List.of("org.budgetdesk.narrative.", "org.budgetdesk.model.",
            "org.budgetdesk.catalog.", "org.budgetdesk.format.");

    @Test
    void narrativeImportsOnlyModelCatalogAndFormat() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/budgetdesk/narrative"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    String imported = line.substring(line.lastIndexOf(' ') + 1);
                    boolean own = imported.startsWith("org.budgetdesk.");
                    assertThat(!own || ALLOWED_OWN.stream().anyMatch(imported::startsWith))
                            .as("%s imports %s", file, imported).isTrue();
                    assertThat(imported).as("%s", file).doesNotStartWith("javafx.scene").doesNotStartWith("javafx.stage")
                            .doesNotStartWith("org.apache.poi");
                }
            }
        }
    }
}
