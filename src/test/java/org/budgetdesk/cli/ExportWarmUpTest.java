package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.region.Region;
import org.junit.jupiter.api.Test;

/** The export warm-up writes each format once, to a temporary folder it deletes, and never fails the command. */
class ExportWarmUpTest {
    private static final ExportOptions OPTIONS = new ExportOptions(Region.DEFAULT, DisplayUnit.WAN_YUAN, List.of());

    @Test
    void writesEachFormatOnceIntoAFolderItDeletes() throws IOException {
        Set<Path> before = warmUpFolders();
        List<Path> written = new ArrayList<>();
        ExportFormat recording = new ExportFormat("rec", ".rec", progress -> (department, output, options) -> {
            Files.writeString(output, department.name().get());
            written.add(output);
        });

        ExportWarmUp.start(List.of(recording, ExportFormats.byId("xlsx").orElseThrow()), OPTIONS).await();

        assertThat(written).hasSize(1);
        assertThat(written.get(0).getFileName()).hasToString("empty.rec");
        assertThat(written.get(0).getParent()).doesNotExist();
        assertThat(warmUpFolders()).isSubsetOf(before);
    }

    @Test
    void aFailingFormatIsIgnoredAndTheFolderStillDeleted() throws IOException {
        Set<Path> before = warmUpFolders();
        ExportFormat failing = new ExportFormat("bad", ".bad", progress -> (department, output, options) -> {
            Files.writeString(output, "partly written");
            throw new IllegalStateException("the writer failed");
        });

        ExportWarmUp.start(List.of(failing), OPTIONS).await();

        assertThat(warmUpFolders()).isSubsetOf(before);
    }

    private static Set<Path> warmUpFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("budgetdesk-warm-up"))
                    .collect(Collectors.toSet());
        }
    }
}
