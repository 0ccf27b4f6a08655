package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden rows and sheets are read like the others (a hidden line is still a line, and the 合计 counts it), and the
 * plan says where they are, so that nothing comes in unseen.
 */
class HiddenContentTest {
    @TempDir
    Path folder;

    @Test
    void hiddenRowsAndSheetsAreReadAndNamedInThePlan() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetBuilder.sheet(workbook, "3.21部门一般公共预算支出功能分类预算表").row(null, null, null, "单位：元")
                .row("科目编码", "科目名称", "合计", "项目支出")
                .row("合计", null, 300, 300)
                .row("2010101", "行政运行", 100, 100)
                .row("2010102", "一般行政管理事务", 200, 200).hidden();
        SheetBuilder.sheet(workbook, "3.22部门政府性基金预算支出功能分类预算表").row(null, null, null, "单位：元")
                .row("科目编码", "科目名称", "合计", "项目支出")
                .row("2120803", "征地和拆迁补偿支出", 50, 50);
        workbook.setSheetHidden(1, true);
        ImportedFigures figures = WorkbookImport.read(SheetBuilder.save(workbook, folder.resolve("h.xlsx")));

        assertThat(figures.problems()).isEmpty();
        assertThat(figures.functional().get("2010102").get(FundingSource.GENERAL_PUBLIC_BUDGET).project())
                .isEqualByComparingTo("200");
        assertThat(figures.functional().get("2120803").get(FundingSource.GOVERNMENT_FUND).project())
                .isEqualByComparingTo("50");
        ImportPlan plan = ImportPlan.of(new Department("测试局", 2025), figures, false);
        assertThat(plan.notes()).extracting(Unreadable::sheet, Unreadable::row, Unreadable::reason).contains(
                tuple("3.21部门一般公共预算支出功能分类预算表", 5, "import.note.hiddenRow"),
                tuple("3.22部门政府性基金预算支出功能分类预算表", 0, "import.note.hiddenSheet"));
    }
}
