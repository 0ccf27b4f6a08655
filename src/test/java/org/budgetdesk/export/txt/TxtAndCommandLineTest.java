package org.budgetdesk.export.txt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.cli.Cli;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtAndCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void theTextFileIsTheExplanationInUtf8() throws Exception {
        Path file = folder.resolve("说明.txt");
        new TxtExporter().export(SampleProject.load(), file, ExportOptions.defaults());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(NarrativeGenerator.sichuan().generate(SampleProject.load()).text());
        assertThat(text).startsWith("关于乐山市社会保险事务中心\n2021年部门预算编制的说明\n").doesNotContain("\r");
    }

    @Test
    void theExportCommandWritesBothFormats() throws Exception {
        Path docx = folder.resolve("out.docx");
        Path txt = folder.resolve("out.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run(List.of("export", "assets/samples/leshan-social-insurance-2021.budget",
                        "--docx", docx.toString(), "--txt", txt.toString()));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Written: " + docx, "Written: " + txt);
        assertThat(Files.readString(txt)).contains("增长169.75%");
        assertThat(Files.readAllBytes(docx)).startsWith((byte) 'P', (byte) 'K');
    }
}
