package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made by hand the way accountants make them: merged headers, 万元 or 元, text numbers, wrong totals. */
class HandMadeWorkbookImportTest {
    @TempDir
    Path folder;

    /** 表3 of the Sichuan set in 万元: headers merged over two rows, code and name in two cells. */
    private static void table3(Workbook workbook, String unitLine, Object[][] body, boolean codeColumn) {
        Sheet sheet = workbook.createSheet("表3");
        int shift = codeColumn ? 0 : -1;
        cells(sheet.createRow(0), "表3");
        cells(sheet.createRow(1), "2024年一般公共预算支出预算表");
        Row department = sheet.createRow(2);
        cells(department, "部门：测试局");
        department.createCell(5 + shift).setCellValue(unitLine);
        Row top = sheet.createRow(3);
        Row bottom = sheet.createRow(4);
        if (codeColumn) {
            top.createCell(0).setCellValue("科目编码");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        }
        top.createCell(1 + shift).setCellValue("科目名称");
        top.createCell(2 + shift).setCellValue("合计");
        top.createCell(3 + shift).setCellValue("基本支出");
        top.createCell(5 + shift).setCellValue("项目支出");
        bottom.createCell(3 + shift).setCellValue("人员\n经费");
        bottom.createCell(4 + shift).setCellValue("公用经费");
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 1 + shift, 1 + shift));
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 2 + shift, 2 + shift));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 3 + shift, 4 + shift));
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 5 + shift, 5 + shift));
        for (int r = 0; r < body.length; r++) {
            Row row = sheet.createRow(5 + r);
            Object[] values = body[r];
            for (int c = codeColumn ? 0 : 1; c < values.length; c++) {
                if (values[c] instanceof Number number) {
                    row.createCell(c + shift).setCellValue(number.doubleValue());
                } else if (values[c] != null) {
                    row.createCell(c + shift).setCellValue(values[c].toString());
                }
            }
        }
    }

    private static void cells(Row row, String text) {
        row.createCell(0).setCellValue(text);
    }

    private Path save(Workbook workbook) throws Exception {
        Path file = folder.resolve("hand.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    @Test
    void readsTenThousandYuanExactlyWithTextNumbersAndMergedHeaders() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        table3(workbook, "单位：万元", new Object[][] {
            {"", "合计", 1370.1233, 123.4567, 1246.6666, "－"},
            {"208", "社会保障和就业支出", 1370.1233, 123.4567, 1246.6666, "－"},
            {"20801", "人力资源和社会保障管理事务", 1370.1233, 123.4567, 1246.6666, "－"},
            {"2080101", "行政运行", 1357.8, 123.4567, "1,234.3433", null},
            {"2080109", "社会保险经办机构", "１２．３２３３", "", "１２．３２３３", "－"}}, true);
        ImportedFigures figures = WorkbookImport.read(save(workbook));

        assertThat(figures.tableSet()).isEqualTo("sichuan-2021");
        assertThat(figures.departmentName()).isEqualTo("测试局");
        assertThat(figures.budgetYear()).isEqualTo(2024);
        assertThat(figures.problems()).isEmpty();
        LineFigures line = figures.functional().get("2080101").get(FundingSource.GENERAL_PUBLIC_BUDGET);
        assertThat(line.personnel()).isEqualTo(new BigDecimal("1234567.00"));
        assertThat(line.publicCosts()).isEqualTo(new BigDecimal("12343433.00"));
        assertThat(line.project()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.functional().get("2080109").get(FundingSource.GENERAL_PUBLIC_BUDGET).publicCosts())
                .isEqualTo(new BigDecimal("123233.00"));
    }

    @Test
    void reportsATotalThatDisagreesWithItsPartsAndUnreadableCellsWithTheirPlace() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        table3(workbook, "单位：元", new Object[][] {
            {"", "合计", 999, 500, 499, 0},
            {"", "2010101 行政运行", 300, 200, 100, 0},
            {"", "2010102 一般行政管理事务", 700, "(12.00)", "三百", 0}}, false);
        ImportedFigures figures = WorkbookImport.read(save(workbook));

        assertThat(figures.problems()).extracting(Unreadable::sheet, Unreadable::row, Unreadable::column,
                        Unreadable::reason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("表3", 8, "C", "import.problem.negative"),
                        org.assertj.core.groups.Tuple.tuple("表3", 8, "D", "import.problem.notANumber"),
                        org.assertj.core.groups.Tuple.tuple("表3", 6, "B", "import.problem.partsDisagree"));
        assertThat(figures.functional().get("2010101").get(FundingSource.GENERAL_PUBLIC_BUDGET).total())
                .isEqualByComparingTo("300");
    }

    @Test
    void refusesAmountsBelowOneFenAfterConversion() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        table3(workbook, "单位：万元", new Object[][] {
            {"2010101", "行政运行", 0.0000001, 0.0000001, 0, 0}}, true);
        ImportedFigures figures = WorkbookImport.read(save(workbook));

        assertThat(figures.problems()).extracting(Unreadable::reason).contains("import.problem.belowFen");
    }

    @Test
    void aFileThatIsNoWorkbookIsUnusable() throws Exception {
        Path file = folder.resolve("not.xlsx");
        Files.writeString(file, "not a workbook");
        assertThatThrownBy(() -> WorkbookImport.read(file)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.error.notWorkbook");
    }

    @Test
    void aWorkbookWithoutKnownTablesIsUnusable() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
        Path file = save(workbook);
        assertThatThrownBy(() -> WorkbookImport.read(file)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.error.noTables");
    }
}
