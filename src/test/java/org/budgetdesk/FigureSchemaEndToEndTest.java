package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.check.Finding;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.threepublic.ThreePublicRow;
import org.budgetdesk.ui.threepublic.ThreePublicViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's proof of the figure schema: a figure declared only as data (培训费 in the test schema, extra-figures.txt)
 * is in the workbench's model, the file, a check, the explanation and the tables, with no Java naming it. Its region
 * (test-figures) states it with {@code @figure training} and shows it as {@code figure.training} columns.
 */
class FigureSchemaEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void aFigureDeclaredAsDataIsSeenInEveryLayer() throws Exception {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department department = SampleProject.load();
            department.region().set("test-figures");
            ComparedAmount training = FigureSchema.current().figure("training").compared(department.ownUnit());
            training.current().set(new BigDecimal("85000.00"));
            training.prior().set(new BigDecimal("50000.00"));

            // the workbench: a row of the “三公” tab, entered, named by the schema
            Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
            ThreePublicRow row = new ThreePublicViewModel(new Document(department, null), messages)
                    .rows(department.ownUnit()).stream().filter(r -> r.part() == ThreePublicRow.Part.ADDED)
                    .findFirst().orElseThrow();
            assertThat(row.name()).isEqualTo("培训费");
            assertThat(row.entered()).isSameAs(training);

            // the file: saved and read back
            ProjectFiles files = new ProjectFiles();
            Path file = folder.resolve("figures.budget");
            files.save(department, file);
            Department reopened = files.load(file);
            assertThat(FigureSchema.current().figure("training").compared(reopened.ownUnit()).current().get())
                    .isEqualTo(new BigDecimal("85000.00"));
            assertThat(FigureSchema.current().figure("training").compared(reopened.consolidated()).prior().get())
                    .isEqualTo(new BigDecimal("50000.00"));

            // a check: its change has no reason
            List<Finding> findings = new DraftCheck().check(department);
            assertThat(findings).filteredOn(finding -> "training.reason".equals(finding.location().field()))
                    .extracting(Finding::rule).containsExactly("N9");

            // the text: stated where the region's outline puts it, with the reason asked for
            String text = new NarrativeGenerator(NarrativeTemplate.forRegion("test-figures").orElseThrow())
                    .generate(department).text();
            assertThat(text).contains("2021年，培训费预算为8.5万元，较上年预算数5万元增加3.5万元，增长70%。"
                    + "主要原因：【待填写：培训费增减变化的原因】。").doesNotContain("会议费预算");

            // the tables: its columns on the region's “三公” table
            Path xlsx = folder.resolve("tables.xlsx");
            new XlsxExporter().export(department, xlsx, new ExportOptions("test-figures", DisplayUnit.WAN_YUAN,
                    List.of()));
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheet("表一");
                Row own = findRow(sheet, department.ownUnit().name().get());
                assertThat(own.getCell(2).getNumericCellValue()).isEqualTo(8.5);
                assertThat(own.getCell(3).getNumericCellValue()).isEqualTo(5.0);
            }
        }
    }

    private static Row findRow(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " in " + sheet.getSheetName());
    }
}
