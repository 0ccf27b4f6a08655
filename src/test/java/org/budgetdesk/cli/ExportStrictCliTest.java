package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} lists check errors and the explanation's placeholders; {@code --strict} then writes nothing. */
class ExportStrictCliTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
        return cli.run(List.of(args));
    }

    /** The sample with 机关运行经费 above 公用经费 (X14) and no reception plan (a placeholder). */
    private Path unfinished() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().current().set(new java.math.BigDecimal("2500000.00"));
        department.ownUnit().threePublic().receptionPlan().set("");
        Path file = folder.resolve("unfinished.budget");
        new ProjectFiles().save(department, file);
        return file;
    }

    @Test
    void strictRefusesAnUnfinishedBudgetAndWritesNothing() throws Exception {
        Path docx = folder.resolve("out.docx");

        int exit = run("export", unfinished().toString(), "--docx", docx.toString(), "--strict");

        assertThat(exit).isEqualTo(ExportCommand.NOT_READY);
        assertThat(docx).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("检查发现1个错误：", "X14", "说明中还有1处待填写：", "公务接待费计划用于哪些接待",
                        "因使用了 --strict，未写出任何文件。");
    }

    @Test
    void withoutStrictTheListIsPrintedAndTheFilesAreWritten() throws Exception {
        Path txt = folder.resolve("out.txt");

        int exit = run("export", unfinished().toString(), "--txt", txt.toString());

        assertThat(exit).isZero();
        assertThat(txt).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("X14", "公务接待费计划用于哪些接待");
    }

    @Test
    void theFinishedSampleExportsUnderStrictWithoutAWord() throws Exception {
        Path sample = folder.resolve(SampleProject.FILE_NAME);
        Files.write(sample, SampleProject.bytes());
        Path txt = folder.resolve("sample.txt");

        assertThat(run("export", sample.toString(), "--strict", "--txt", txt.toString())).isZero();
        assertThat(txt).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
