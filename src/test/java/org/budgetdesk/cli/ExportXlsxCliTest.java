package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export FILE --xlsx OUT [--tables …] [--unit …]} from the command line. */
class ExportXlsxCliTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        Path sample = folder.resolve(SampleProject.FILE_NAME);
        Files.write(sample, SampleProject.bytes());
        List<String> line = new ArrayList<>(List.of("export", sample.toString()));
        line.addAll(List.of(args));
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE).run(line);
    }

    @Test
    void writesTheCentralTablesInYuan() throws Exception {
        Path xlsx = folder.resolve("tables.xlsx");
        assertThat(run("--xlsx", xlsx.toString(), "--tables", "central", "--unit", "yuan")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(10);
            assertThat(workbook.getSheet("表9")).isNotNull();
            assertThat(workbook.getSheet("表5").getRow(2).getCell(5).getStringCellValue()).isEqualTo("单位：元");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void writesTheSichuanTablesByDefault() throws Exception {
        Path xlsx = folder.resolve("tables.xlsx");
        assertThat(run("--xlsx", xlsx.toString())).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(12)).isEqualTo("项目支出绩效目标表");
            assertThat(workbook.getSheet("表1").getRow(2).getCell(3).getStringCellValue()).isEqualTo("单位：万元");
        }
    }

    @Test
    void anyTableSetOnTheClassPathIsAccepted() throws Exception {
        Path xlsx = folder.resolve("region.xlsx");
        assertThat(run("--xlsx", xlsx.toString(), "--tables", "test-region")).isZero();
        assertThat(xlsx).exists();
        assertThat(run("--xlsx", xlsx.toString(), "--tables", "shanghai")).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--tables shanghai");
    }

    @Test
    void aFolderThatCannotBeMadeIsAWriteFailure() throws Exception {
        Files.writeString(folder.resolve("plain"), "a file where the folder should be");
        assertThat(run("--xlsx", folder.resolve("plain/tables.xlsx").toString()))
                .isEqualTo(ExportCommand.WRITE_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tables.xlsx");
    }
}
