package org.budgetdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdesk.cli.Cli;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.ExportWarning;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.PerformanceProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text longer than a spreadsheet cell holds (32,767 characters) never fails an export: the table shows its
 * beginning with a note, the .docx and .txt the whole text, and the user is told the cell and its column; characters
 * no office file can hold are reported by the field they were in.
 */
class LongTextExportTest {
    private static final String LONG = "提高教育质量。".repeat(6_000);

    @TempDir
    Path folder;

    private static Department withLongTexts() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        PerformanceProject project = department.ownUnit().performance().projects().get(0);
        project.goals().set(LONG);
        department.ownUnit().texts().functions().set(0, LONG);
        return department;
    }

    @Test
    void aTextTooLongForACellIsCutInTheTableWithANoteAndNamed() throws Exception {
        Path xlsx = folder.resolve("tables.xlsx");
        Exporter exporter = ExportFormats.byId("xlsx").orElseThrow().create(fraction -> { });
        exporter.export(withLongTexts(), xlsx, new ExportOptions("sichuan-2024", DisplayUnit.WAN_YUAN, List.of()));

        assertThat(exporter.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(ExportWarning.Kind.CUT_TO_CELL);
            assertThat(warning.where()).startsWith("公开表6!").endsWith(" 年度目标");
            assertThat(warning.count()).isEqualTo(LONG.length());
        });
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            String cut = longestText(workbook);
            assertThat(cut).hasSizeLessThanOrEqualTo(32_767).startsWith("提高教育质量。提高")
                    .endsWith("（原文共42000字，超出单元格容量，此处截断）");
        }
    }

    @Test
    void theExplanationKeepsTheWholeText() throws Exception {
        Path docx = folder.resolve("explanation.docx");
        Exporter exporter = ExportFormats.byId("docx").orElseThrow().create(fraction -> { });
        exporter.export(withLongTexts(), docx, ExportOptions.defaults());
        assertThat(exporter.warnings()).isEmpty();
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.001); // a text repeated 6,000 times compresses like a zip bomb
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs()).anyMatch(paragraph -> paragraph.getText().contains(LONG));
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    @Test
    void theCommandLineNamesTheCellAndTheFieldsItChanged() throws Exception {
        Department department = withLongTexts();
        department.ownUnit().performance().projects().get(0).name().set("改造\u0001教室");
        Path project = folder.resolve("long.budget");
        Files.write(project, new ProjectFiles().toBytes(department));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH)
                .run(List.of("export", project.toString(), "--tables", "sichuan-2024", "--xlsx",
                        folder.resolve("out.xlsx").toString()));

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("units[0].projects[0].name: 1 character(s) no office file can hold")
                .containsPattern("公开表6![A-Z]+\\d+ 年度目标: the text has 42,000 characters");
    }

    private static String longestText(XSSFWorkbook workbook) {
        String longest = "";
        for (Row row : workbook.getSheet("公开表6")) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().length() > longest.length()) {
                    longest = cell.getStringCellValue();
                }
            }
        }
        return longest;
    }
}
