package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing one way (STYLE.md): ui → services → model → nothing of ours. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/budgetdesk");

    /** For each package, the imports its sources must not have. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", List.of("org.budgetdesk.", "javafx.scene", "javafx.stage", "com.fasterxml", "org.apache.poi"),
            "catalog", List.of("org.budgetdesk.", "javafx."),
            "format", List.of("org.budgetdesk.ui", "org.budgetdesk.io", "javafx.scene"),
            "undo", List.of("org.budgetdesk.ui", "org.budgetdesk.io", "javafx.scene"),
            "io", List.of("org.budgetdesk.ui", "org.budgetdesk.cli", "javafx.scene", "javafx.stage"),
            "cli", List.of("org.budgetdesk.ui", "javafx.scene", "javafx.stage", "javafx.application"),
            "export", List.of("org.budgetdesk.ui", "org.budgetdesk.cli", "javafx.scene", "javafx.stage"),
            "compare", List.of("org.budgetdesk.ui", "org.budgetdesk.io", "javafx.scene", "javafx.stage"),
            "check", List.of("org.budgetdesk.ui", "org.budgetdesk.io", "org.budgetdesk.cli", "javafx.scene"),
            "narrative", List.of("org.budgetdesk.ui", "org.budgetdesk.io", "org.budgetdesk.cli", "javafx.scene",
                    "org.apache.poi"));

    @Test
    void packagesImportOnlyWhatTheirLayerMay() throws IOException {
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            String ownPrefix = "org.budgetdesk." + rule.getKey() + ".";
            try (Stream<Path> files = Files.walk(MAIN.resolve(rule.getKey()))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (!line.startsWith("import ")) {
                            continue;
                        }
                        String imported = line.substring(line.lastIndexOf(' ') + 1);
                        boolean own = imported.startsWith(ownPrefix);
                        assertThat(own || rule.getValue().stream().noneMatch(imported::startsWith))
                                .as("%s imports %s", file, imported)
                                .isTrue();
                    }
                }
            }
        }
    }
}
