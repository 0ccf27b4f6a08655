package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/**
 * A file is bound in one pass only when the probe would have let it be bound directly: the facts the binding notes
 * on its way ({@link ProbingParser}) agree with {@link ProjectProbe}'s on current files and on near misses.
 */
class ProbingParserTest {
    private static final String CURRENT = "\"formatVersion\": " + ProjectDto.CURRENT_VERSION;

    @Test
    void aCurrentFileIsBoundInOnePassAndKnownAsCurrent() throws Exception {
        String file = currentFile();

        assertThat(probedWhileBinding(file)).isTrue();
        assertThat(ProjectProbe.of(bytes(file)).bindsDirectly()).isTrue();
    }

    @Test
    void theBindingNotesWhatTheProbeDecidesOnForEveryNearMiss() throws Exception {
        String file = currentFile();
        List<String> variants = List.of(
                file.replace(CURRENT, "\"formatVersion\":\"" + ProjectDto.CURRENT_VERSION + "\""),
                file.replace(CURRENT, "\"formatVersion\":" + ProjectDto.CURRENT_VERSION + ".0"),
                file.replace(CURRENT, "\"formatVersion\":" + (ProjectDto.CURRENT_VERSION - 1)),
                file.replace(CURRENT, "\"formatVersion\":4294967299"),
                file.replace(CURRENT, "\"formatVersion\":null"),
                file.replace(CURRENT, "\"formatVersion\":[" + ProjectDto.CURRENT_VERSION + "]"),
                file.replace(CURRENT, "\"version\":" + ProjectDto.CURRENT_VERSION),
                file.replace("\"codeNames\"", "\"codeNamesOld\""),
                file.replace("\"codeNames\"", "\"note2\":{\"codeNames\":{}},\"codeNamesOld\""),
                file.replace(CURRENT, "\"formatVersion\":0,\"extra\":{" + CURRENT + "}"),
                file + " ",
                file + " {}");

        for (String variant : variants) {
            boolean probed = probed(variant);
            assertThat(probedWhileBinding(variant)).as(variant.substring(0, Math.min(120, variant.length())))
                    .isEqualTo(probed);
        }
    }

    @Test
    void aReaderGivesTheSameDepartmentAsBefore() throws Exception {
        Department department = SampleProject.load();
        byte[] saved = new ProjectFiles().toBytes(department);

        Department read = new ProjectReader().fromBytes(saved, Path.of("sample.budget"));

        assertThat(new ProjectFiles().toBytes(read)).isEqualTo(saved);
    }

    /** Whether a binding through a probing parser ends with the facts of a directly bound file; false if it fails. */
    private static boolean probedWhileBinding(String file) {
        try (ProbingParser parser = new ProbingParser(ProjectJson.mapper().createParser(file.getBytes(
                StandardCharsets.UTF_8)))) {
            ProjectJson.reader().readValue(parser);
            return parser.probe().bindsDirectly();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the probe lets the file be bound directly; false when it refuses the file. */
    private static boolean probed(String file) {
        try {
            return ProjectProbe.of(bytes(file)).bindsDirectly();
        } catch (IOException e) {
            return false;
        }
    }

    private static String currentFile() throws IOException, ProjectFileException {
        String file = new String(new ProjectFiles().toBytes(SampleProject.load()), StandardCharsets.UTF_8);
        assertThat(file).contains(CURRENT).contains("\"codeNames\"");
        return file;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
