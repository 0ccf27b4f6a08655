package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own sheet of code, name and amount columns, when the workbook is no known table set. */
class GenericSheetImportTest {
    @TempDir
    Path folder;

    @Test
    void readsCodesNamesAndAmountsIntoLinesOfTheGeneralBudget() throws Exception {
        Path file = folder.resolve("mine.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("我的预算");
            sheet.createRow(0).createCell(0).setCellValue("单位：万元");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            header.createCell(2).setCellValue("金额");
            Object[][] body = {
                {"2080101", "行政运行", "1,234.5678"},
                {"30101", "基本工资", 12.5},
                {"2080109", "社会保险经办机构", "（3.00）"},
                {"2089998", "自拟的事务", "1"}};
            for (int r = 0; r < body.length; r++) {
                Row row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue((String) body[r][0]);
                row.createCell(1).setCellValue((String) body[r][1]);
                if (body[r][2] instanceof Double number) {
                    row.createCell(2).setCellValue(number);
                } else {
                    row.createCell(2).setCellValue((String) body[r][2]);
                }
            }
            workbook.write(out);
        }

        ImportedFigures figures = WorkbookImport.read(file);

        assertThat(figures.tableSet()).isEqualTo("generic");
        assertThat(figures.functional().get("2080101").get(FundingSource.GENERAL_PUBLIC_BUDGET).project())
                .isEqualByComparingTo("12345678.00");
        assertThat(figures.economic().get("30101")).isEqualByComparingTo("125000.00");
        assertThat(figures.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo("我的预算");
            assertThat(problem.row()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("C");
            assertThat(problem.reason()).isEqualTo("import.problem.negative");
        });
        Department department = new Department("测试", 2024);
        ImportPlan plan = ImportPlan.of(department, figures, false);
        assertThat(plan.customCodes()).containsExactly("2089998 自拟的事务");
        plan.command().execute();
        assertThat(department.ownUnit().economic().find("30101")).isPresent();
        assertThat(department.customFunctionalCodes()).containsEntry("2089998", "自拟的事务")
                .doesNotContainKey("2080101");
    }
}
