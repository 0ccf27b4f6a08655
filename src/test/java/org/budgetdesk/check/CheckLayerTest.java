package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checks read the model, the catalog and the number formats only: no view, no file format, no toolkit. */
class CheckLayerTest {
    private static final List<String> ALLOWED = List.of("java.", "javafx.beans.", "javafx.collections.",
            "org.budgetdesk.model.", "org.budgetdesk.catalog.", "org.budgetdesk.format.", "org.budgetdesk.check.");

    @Test
    void checkImportsOnlyModelCatalogAndFormat() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/budgetdesk/check"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ")) {
                        String imported = line.substring(line.lastIndexOf(' ') + 1);
                        assertThat(ALLOWED.stream().anyMatch(imported::startsWith))
                                .as("%s imports %s", file, imported).isTrue();
                    }
                }
            }
        }
    }
}
