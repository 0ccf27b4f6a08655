package org.budgetdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text no office file can hold (a lone surrogate, control characters) never fails an export. */
class UnwritableTextTest {
    private static final String BAD = "职能\uD800一\u0001二\u0007三\u000B四\uDC00";
    @TempDir
    Path folder;

    private static Department sampleWithBadTexts() throws Exception {
        Department department = SampleProject.load();
        department.name().set("乐山市" + BAD);
        department.ownUnit().texts().functions().set(0, BAD);
        department.customFunctionalCodes().put("2089999", "自定义" + BAD);
        return department;
    }

    @Test
    void everyFormatWritesALoneSurrogateAndControlCharactersAsReplacements() throws Exception {
        for (ExportFormat format : ExportFormats.all()) {
            Path output = folder.resolve("out" + format.extension());
            Exporter exporter = format.create(fraction -> { });

            exporter.export(sampleWithBadTexts(), output, ExportOptions.defaults());

            assertThat(exporter.replacedCharacters()).as(format.id()).isPositive();
            assertThat(output).isRegularFile();
        }
        try (InputStream in = Files.newInputStream(folder.resolve("out.docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList())
                    .anyMatch(text -> text.contains("职能\uFFFD一\uFFFD二"));
        }
        try (InputStream in = Files.newInputStream(folder.resolve("out.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).doesNotContain("\u0001");
        }
        assertThat(Files.readString(folder.resolve("out.txt"))).contains("职能\uFFFD一\uFFFD二\uFFFD三\uFFFD四\uFFFD");
    }

    @Test
    void cleanTextIsExportedAsItIs() throws Exception {
        Exporter exporter = ExportFormats.byId("txt").orElseThrow().create(fraction -> { });
        exporter.export(SampleProject.load(), folder.resolve("out.txt"), ExportOptions.defaults());
        assertThat(exporter.replacedCharacters()).isZero();
    }
}
