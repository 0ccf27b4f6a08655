package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures the schema adds beyond the built-in ones, in {@code units[].figures} (within format 3). */
class AddedFiguresFileTest {
    private final ProjectFiles files = new ProjectFiles();
    @TempDir
    Path folder;

    private Department read(byte[] bytes) throws ProjectFileException {
        return files.fromBytes(bytes, Path.of("test.budget"));
    }

    @Test
    void aFileWithoutAddedFiguresIsWrittenWithout() throws Exception {
        assertThat(new String(files.toBytes(read(SampleProject.bytes())), StandardCharsets.UTF_8))
                .doesNotContain("\"figures\"");
    }

    @Test
    void addedFiguresAreSavedByKeyAndReadBackWithTheirKinds() throws Exception {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department department = read(SampleProject.bytes());
            Unit own = department.ownUnit();
            FigureSchema schema = FigureSchema.current();
            schema.figure("training").compared(own).current().set(new BigDecimal("52000.00"));
            schema.figure("training").compared(own).prior().set(null);
            schema.figure("training").compared(own).reason().set("新增干部轮训");
            schema.figure("archives").count(own).set(120);

            String text = new String(files.toBytes(department), StandardCharsets.UTF_8);
            assertThat(text).contains("\"figures\"").contains("\"training\"").contains("\"kind\": \"COMPARED\"")
                    .contains("\"prior\": \"NOT_PUBLISHED\"").contains("\"archives\"").contains("\"count\": 120")
                    .doesNotContain("\"meetings\"");
            Department again = read(text.getBytes(StandardCharsets.UTF_8));
            assertThat(ModelDump.of(again)).containsExactlyElementsOf(ModelDump.of(department));
            Path file = folder.resolve("added.budget");
            files.save(department, file);
            assertThat(ModelDump.of(files.load(file))).as("read as a stream").containsExactlyElementsOf(
                    ModelDump.of(department));
            assertThat(schema.figure("training").compared(again.ownUnit()).prior().get()).isNull();
            assertThat(schema.figure("archives").count(again.consolidated()).get()).isEqualTo(120);
        }
    }

    @Test
    void aBuildThatDoesNotDeclareAFigureKeepsItThroughASave() throws Exception {
        byte[] written;
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department department = read(SampleProject.bytes());
            FigureSchema.current().figure("training").compared(department.ownUnit()).current()
                    .set(new BigDecimal("8.00"));
            written = files.toBytes(department);
        }
        Department elsewhere = read(written);
        assertThat(FigureSchema.current().figure("training")).isNull();
        byte[] savedAgain = files.toBytes(elsewhere);
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department back = read(savedAgain);
            assertThat(FigureSchema.current().figure("training").compared(back.ownUnit()).current().get())
                    .isEqualTo(new BigDecimal("8.00"));
        }
    }

    @Test
    void anAddedFigureWithoutTheValuesOfItsKindIsRefusedAtItsPath() throws Exception {
        ProjectFileException refused = refused("\"training\": {\"kind\": \"COMPARED\", \"current\": \"1.00\"}");
        assertThat(refused.kind()).isEqualTo(ProjectFileException.Kind.MISSING_FIELD);
        assertThat(refused.jsonPath()).isEqualTo("$.units[0].figures.training.prior");
    }

    @Test
    void aBuiltInFigureGivenAsAnAddedOneIsRefused() throws Exception {
        ProjectFileException refused = refused("\"operatingCosts\": {\"kind\": \"AMOUNT\", \"current\": \"1.00\"}");
        assertThat(refused.kind()).isEqualTo(ProjectFileException.Kind.WRONG_TYPE);
        assertThat(refused.jsonPath()).isEqualTo("$.units[0].figures.operatingCosts.kind");
    }

    /** What reading the sample refuses with one added figure in its first unit, after the unit's texts. */
    private ProjectFileException refused(String figure) throws Exception {
        String sample = new String(SampleProject.bytes(), StandardCharsets.UTF_8);
        int end = sample.indexOf('}', sample.indexOf("\"texts\""));
        String damaged = sample.substring(0, end + 1) + ", \"figures\": {" + figure + "}" + sample.substring(end + 1);
        return catchThrowableOfType(ProjectFileException.class, () -> read(damaged.getBytes(StandardCharsets.UTF_8)));
    }
}
