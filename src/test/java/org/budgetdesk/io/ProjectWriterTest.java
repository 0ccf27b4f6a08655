package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {
    @TempDir
    Path folder;

    @Test
    void interruptedSaveLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("dept.budget");
        new ProjectWriter().save(SampleProjects.rich(), file);
        byte[] old = Files.readAllBytes(file);
        Department changed = SampleProjects.rich();
        changed.name().set("改名后的部门");
        byte[] expected = new ProjectWriter().toBytes(changed);
        ProjectWriter crashing = new ProjectWriter((temporary, target) -> {
            if (target.getFileName().toString().endsWith(".bak")) {
                AtomicFiles.replace(temporary, target);
                return;
            }
            assertThat(temporary.getParent()).isEqualTo(target.getParent());
            assertThat(temporary.getFileName().toString()).matches("\\.dept\\.budget\\.[0-9a-f]{16}\\.tmp");
            assertThat(Files.readAllBytes(temporary)).isEqualTo(expected);
            throw new IOException("simulated crash before the rename");
        });

        assertThatThrownBy(() -> crashing.save(changed, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("simulated crash");

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(files()).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak");
    }

    @Test
    void successfulSaveKeepsThePreviousContentAsBak() throws Exception {
        Path file = folder.resolve("dept.budget");
        ProjectWriter writer = new ProjectWriter();
        writer.save(SampleProjects.rich(), file);
        assertThat(files()).containsExactly("dept.budget");
        byte[] first = Files.readAllBytes(file);
        Department changed = SampleProjects.rich();
        changed.ownUnit().procurement().goods().set(new BigDecimal("1.00"));

        writer.save(changed, file);

        assertThat(Files.readAllBytes(folder.resolve("dept.budget.bak"))).isEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(writer.toBytes(changed)).isNotEqualTo(first);
        assertThat(files()).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak");
    }

    @Test
    void invalidAmountInTheModelFailsBeforeAnythingIsWritten() throws Exception {
        Path file = folder.resolve("dept.budget");
        new ProjectWriter().save(SampleProjects.rich(), file);
        byte[] old = Files.readAllBytes(file);
        Department broken = SampleProjects.rich();
        broken.ownUnit().procurement().works().set(new BigDecimal("-3.00"));

        assertThatThrownBy(() -> new ProjectWriter().save(broken, file)).isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(files()).containsExactly("dept.budget");
    }

    @Test
    void saveIntoAMissingFolderFailsAndLeavesNothing() {
        Path file = folder.resolve("absent").resolve("dept.budget");

        assertThatThrownBy(() -> new ProjectWriter().save(SampleProjects.rich(), file))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(folder.resolve("absent"))).isFalse();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aProjectLargerThanTheReaderAcceptsIsNotSavedAndTheFileIsLeftAsItWas() throws Exception {
        Path file = folder.resolve("dept.budget");
        new ProjectWriter().save(SampleProjects.rich(), file);
        byte[] old = Files.readAllBytes(file);
        Department larger = SampleProjects.rich();
        larger.note().set("备注".repeat(1000));
        ProjectWriter limited = new ProjectWriter(AtomicFiles::replace, old.length + 100);

        OutputRefusedException streamed = catchThrowableOfType(
                OutputRefusedException.class, () -> limited.save(larger, file));
        OutputRefusedException fromBytes = catchThrowableOfType(
                OutputRefusedException.class, () -> limited.write(limited.toBytes(larger), file));

        assertThat(streamed.kind()).isEqualTo(OutputRefusedException.Kind.TOO_LARGE);
        assertThat(fromBytes.kind()).isEqualTo(OutputRefusedException.Kind.TOO_LARGE);
        assertThat(streamed.message(Locale.SIMPLIFIED_CHINESE)).contains("未保存", "无法再打开", "dept.budget");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(files()).containsExactly("dept.budget");
        limited.save(SampleProjects.rich(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
    }

    @Test
    void theReaderOpensAFileJustUnderItsLimitThatTheWriterSaved() throws Exception {
        Path file = folder.resolve("dept.budget");
        byte[] content = new ProjectWriter().toBytes(SampleProjects.rich());
        new ProjectWriter(AtomicFiles::replace, content.length).save(SampleProjects.rich(), file);

        Department read = new ProjectReader(content.length).read(file);

        assertThat(ModelDump.of(read)).isEqualTo(ModelDump.of(SampleProjects.rich()));
    }
}
