package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.budgetdesk.export.common.OfficeLibrary;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user starts it, in a JVM of its own with no display: words and an exit code, never a trace. */
class LauncherProcessTest {
    @TempDir
    Path folder;

    private record Result(int exit, String out, String err) {
    }

    private Result launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.language=en", "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end: " + List.of(args));
        }
        return new Result(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionPrintWithoutADisplay() throws Exception {
        for (String help : List.of("--help", "-h", "help")) {
            Result result = launch(List.of(), help);
            assertThat(result.exit()).as(help).isZero();
            assertThat(result.out()).as(help).contains("Usage", "Exit codes");
            assertThat(result.err()).as(help).isEmpty();
        }
        Result version = launch(List.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("BudgetDesk ");
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoAndExitsWithTwo() throws Exception {
        Result result = launch(List.of());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("No graphical display").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aProjectTooLargeForTheHeapIsAMessageAndExitTwo() throws Exception {
        String sample = new String(SampleProject.bytes(), StandardCharsets.UTF_8);
        int unitsStart = sample.indexOf("\"units\": [") + "\"units\": [".length();
        int unitsEnd = sample.lastIndexOf("],\n  \"comments\"");
        String unit = sample.substring(unitsStart, unitsEnd).strip();
        StringBuilder big = new StringBuilder(sample.substring(0, unitsStart));
        for (int i = 0; i < 1000; i++) {
            big.append(i == 0 ? "" : ",").append(unit.replace("乐山市社会保险事务中心", "单位" + i));
        }
        big.append(sample.substring(unitsEnd));
        Path file = Files.writeString(folder.resolve("big.budget"), big);

        Result result = launch(List.of("-Xmx48m", "-XX:+UseSerialGC"), "summary", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("too large for the memory").doesNotContain("\tat ");
    }

    /**
     * POI logs through the Log4j API, which prints a complaint on standard output unless it is set up first
     * ({@code OfficeLibrary}): a mapping printed for a file would then not be JSON.
     */
    @Test
    void aPrintedImportMappingIsJsonAloneAndAnImportPrintsNoLibraryNoise() throws Exception {
        Path project = Files.write(folder.resolve("sample.budget"), SampleProject.bytes());
        Path workbook = folder.resolve("tables.xlsx");
        assertThat(launch(List.of(), "export", project.toString(), "--xlsx", workbook.toString()).exit()).isZero();

        Result mapping = launch(List.of(), "import", workbook.toString(), "--print-mapping");
        Result imported = launch(List.of(), "import", workbook.toString(), "-o", folder.resolve("new.budget").toString());

        assertThat(mapping.exit()).as(mapping.err()).isZero();
        assertThat(new ObjectMapper().readTree(mapping.out()).has("layout")).isTrue();
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(mapping.out() + mapping.err() + imported.out() + imported.err()).doesNotContain("Log4j");
    }

    /** PDFBox logs through commons-logging, which picks the Log4j API: an audit's JSON must stay JSON. */
    @Test
    void anAuditOfAPdfPrintsJsonAlone() throws Exception {
        OfficeLibrary.prepare();    // for the PDF made here, in this JVM
        Path pdf = folder.resolve("explanation.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("2021 budget explanation");
                content.endText();
            }
            document.save(pdf.toFile());
        }

        Result result = launch(List.of(), "audit", pdf.toString(), "--json");

        assertThat(result.out() + result.err()).doesNotContain("Log4j");
        assertThat(new ObjectMapper().readTree(result.out()).has("paragraphs")).as(result.out()).isTrue();
    }
}
