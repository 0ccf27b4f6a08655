package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code export} may write: never over its input, through links, into folders it creates. */
class ExportOutputsTest {
    @TempDir
    Path folder;
    private Path sample;
    private byte[] sampleBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeSample() throws Exception {
        sampleBytes = SampleProject.bytes();
        sample = Files.write(folder.resolve("P.budget"), sampleBytes);
    }

    private int run(Locale locale, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale).run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportOverItsOwnProjectIsRefusedWithExitTwo() throws Exception {
        for (String format : List.of("--xlsx", "--docx", "--txt")) {
            assertThat(run(Locale.ENGLISH, "export", sample.toString(), format, sample.toString())).isEqualTo(2);
            assertThat(Files.readAllBytes(sample)).isEqualTo(sampleBytes);
        }
        assertThat(err()).contains("P.budget").contains("overwrite").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void exportToALinkOrAnotherSpellingOfTheProjectIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("tables.xlsx"), sample);
        Path hard = Files.createLink(folder.resolve("hard.txt"), sample);
        Files.createDirectory(folder.resolve("sub"));

        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", sample.toString(), "--xlsx", link.toString()))
                .isEqualTo(2);
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", sample.toString(), "--txt", hard.toString()))
                .isEqualTo(2);
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", sample.toString(), "--docx",
                folder.resolve("sub/../P.budget").toString())).isEqualTo(2);

        assertThat(Files.readAllBytes(sample)).isEqualTo(sampleBytes);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(err()).contains("正在读取或打开的项目文件");
    }

    @Test
    void twoFormatsIntoOneFileAreRefused() {
        Path output = folder.resolve("out.txt");
        assertThat(run(Locale.ENGLISH, "export", sample.toString(), "--txt", output.toString(), "--docx",
                output.toString())).isEqualTo(2);
        assertThat(output).doesNotExist();
        assertThat(err()).contains("named twice");
    }

    @Test
    void everyFormatCreatesAMissingOutputFolder() {
        assertThat(run(Locale.ENGLISH, "export", sample.toString(),
                "--xlsx", folder.resolve("a/b/tables.xlsx").toString(),
                "--docx", folder.resolve("c/d/explanation.docx").toString(),
                "--txt", folder.resolve("e/f/explanation.txt").toString())).isZero();
        assertThat(folder.resolve("a/b/tables.xlsx")).isRegularFile();
        assertThat(folder.resolve("c/d/explanation.docx")).isRegularFile();
        assertThat(folder.resolve("e/f/explanation.txt")).isRegularFile();
    }

    @Test
    void exportThroughALinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = folder.resolve("real.txt");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), real);

        assertThat(run(Locale.ENGLISH, "export", sample.toString(), "--txt", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("乐山市社会保险事务中心");
    }

    @Test
    void exportOverAReadOnlyFileIsRefusedAndSaysSo() throws Exception {
        Path output = Files.writeString(folder.resolve("old.txt"), "old");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r--r--r--"));

        assertThat(run(Locale.ENGLISH, "export", sample.toString(), "--txt", output.toString())).isEqualTo(3);

        assertThat(Files.readString(output)).isEqualTo("old");
        assertThat(err()).contains("read-only");
    }

    @Test
    void exportOfTextsNoOfficeFileCanHoldSucceedsAndSaysWhatWasReplaced() throws Exception {
        String text = new String(sampleBytes, StandardCharsets.UTF_8)
                .replaceFirst("\"note\": \"", Matcher.quoteReplacement("\"note\": \"\\ud800\\u0001"));
        Files.writeString(sample, text);
        Path output = folder.resolve("tables.xlsx");

        assertThat(run(Locale.ENGLISH, "export", sample.toString(), "--xlsx", output.toString(), "--docx",
                folder.resolve("x.docx").toString())).isZero();

        assertThat(output).isRegularFile();
        assertThat(err()).contains("2 characters").contains("replaced");
    }
}
