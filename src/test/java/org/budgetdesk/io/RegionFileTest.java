package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/** The region a project publishes for ({@code region}, optional within format 3). */
class RegionFileTest {
    private final ProjectFiles files = new ProjectFiles();

    private Department read(byte[] bytes) throws ProjectFileException {
        return files.fromBytes(bytes, Path.of("test.budget"));
    }

    @Test
    void aFileWithoutARegionHasChosenNoneAndIsSavedWithoutOne() throws Exception {
        Department sample = read(SampleProject.bytes());
        assertThat(sample.region().get()).isEmpty();
        assertThat(files.toBytes(sample)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void aChosenRegionIsSavedAfterTheNoteAndReadBack() throws Exception {
        Department sample = read(SampleProject.bytes());
        sample.region().set("sichuan-2024");
        String text = new String(files.toBytes(sample), StandardCharsets.UTF_8);
        assertThat(text).contains("\"formatVersion\": 3,").contains("\"region\": \"sichuan-2024\",");
        assertThat(text.indexOf("\"region\"")).isGreaterThan(text.indexOf("\"note\""))
                .isLessThan(text.indexOf("\"customFunctionalCodes\""));
        assertThat(read(text.getBytes(StandardCharsets.UTF_8)).region().get()).isEqualTo("sichuan-2024");
    }

    @Test
    void aRegionThisBudgetDeskDoesNotKnowIsKeptAsWritten() throws Exception {
        Department sample = read(SampleProject.bytes());
        sample.region().set("shanghai-2030");
        Department again = read(files.toBytes(sample));
        assertThat(again.region().get()).isEqualTo("shanghai-2030");
    }
}
