package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.export.importing.SheetBuilder.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook holding several units (issue 15, bullet 3): one sheet per unit, one block per unit in a sheet, or a
 * unit column. Each unit's figures go to the project's unit of that name, replacing that unit's lines of the
 * sources the tables give; a unit the project lacks is added, and the plan lists it.
 */
class UnitsInOneWorkbookTest {
    @TempDir
    Path folder;

    private static void unitSheet(XSSFWorkbook workbook, String unit, String code, String name, int personnel,
                                  int publicCosts) {
        sheet(workbook, "2.20单位一般公共预算拨款表（" + unit + "）").row("单位预算 20 表")
                .row("2025年单位一般公共预算拨款表").row("单位名称：" + unit, null, null, null, "单位：元")
                .row("科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出")
                .row("合计", null, personnel + publicCosts, personnel, publicCosts, 0)
                .row(code, name, personnel + publicCosts, personnel, publicCosts, 0);
    }

    private Path workbook() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        unitSheet(workbook, "测试局", "2010101", "行政运行", 100, 0);
        unitSheet(workbook, "测试二中", "2050201", "学前教育", 0, 50);
        sheet(workbook, "2.16单位收入总表").row("单位预算 16 表").row("2025年单位收入总表")
                .row("单位名称：测试二中", null, null, "单位：元")
                .row("项目", "合计", "一般公共预算", "政府性基金")
                .row("测试二中", 70, 50, 20)
                .row()
                .row("单位名称：测试三中", null, null, "单位：元")
                .row("项目", "合计", "一般公共预算", "政府性基金")
                .row("测试三中", 30, 0, 30);
        sheet(workbook, "2.21单位政府性基金拨款表").row("单位预算 21 表").row("2025年单位政府性基金拨款表")
                .row(null, null, null, null, "单位：元")
                .row("单位名称", "科目编码", "科目名称", "合计", "项目支出")
                .row(null, "合计", null, 50, 50)
                .row("测试二中", "2120803", "征地和拆迁补偿支出", 20, 20)
                .row("测试三中", "2120803", "征地和拆迁补偿支出", 30, 30);
        return SheetBuilder.save(workbook, folder.resolve("units.xlsx"));
    }

    private static Department project() {
        Department department = new Department("测试局", 2025);
        Unit school = new Unit("测试二中");
        FunctionalLine old = new FunctionalLine("2050299", FundingSource.GENERAL_PUBLIC_BUDGET);
        old.project().set(new BigDecimal("7.00"));
        school.functional().add(old);
        department.units().add(school);
        return department;
    }

    @Test
    void eachUnitsFiguresGoToTheUnitOfThatNameAndANewUnitIsAdded() throws Exception {
        ImportedFigures figures = WorkbookImport.read(workbook());
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.unitNames()).containsExactly("测试局", "测试二中", "测试三中");

        Department department = project();
        ImportPlan plan = ImportPlan.of(department, figures, false);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newUnits()).containsExactly("测试三中");
        UndoManager undo = new UndoManager();
        undo.execute(plan.command());

        Unit own = department.ownUnit();
        Unit school = department.units().get(1);
        Unit third = department.units().get(2);
        assertThat(third.name().get()).isEqualTo("测试三中");
        assertThat(own.functional().find("2010101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .personnel().get()).isEqualByComparingTo("100");
        assertThat(school.functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .publicCosts().get()).isEqualByComparingTo("50");
        assertThat(school.functional().find("2050299", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .project().get()).isEqualByComparingTo("0");
        assertThat(school.functional().find("2120803", FundingSource.GOVERNMENT_FUND).orElseThrow()
                .project().get()).isEqualByComparingTo("20");
        assertThat(school.income().source(FundingSource.GOVERNMENT_FUND).current().get())
                .isEqualByComparingTo("20");
        assertThat(third.functional().find("2120803", FundingSource.GOVERNMENT_FUND).orElseThrow()
                .project().get()).isEqualByComparingTo("30");
        assertThat(third.income().source(FundingSource.GOVERNMENT_FUND).current().get())
                .isEqualByComparingTo("30");
        assertThat(own.functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET)).isEmpty();

        undo.undo();
        assertThat(department.units()).hasSize(2);
        assertThat(school.functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET)).isEmpty();
        assertThat(school.functional().find("2050299", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .project().get()).isEqualByComparingTo("7");
    }

    @Test
    void aUnitsTotalThatDisagreesIsReportedOnItsOwnSheet() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        unitSheet(workbook, "测试二中", "2050201", "学前教育", 0, 50);
        workbook.getSheetAt(0).getRow(4).getCell(2).setCellValue(49);
        ImportedFigures figures = WorkbookImport.read(SheetBuilder.save(workbook, folder.resolve("bad.xlsx")));

        assertThat(figures.problems()).extracting(Unreadable::sheet, Unreadable::row, Unreadable::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.20单位一般公共预算拨款表（测试二中）", 5, "C"));
    }

    @Test
    void lastYearsWorkbookOfUnitsGoesIntoEachUnitsPriorYearColumn() throws Exception {
        ImportedFigures figures = WorkbookImport.read(workbook());
        Department department = project();
        ImportPlan plan = ImportPlan.of(department, figures, true);
        assertThat(plan.problems()).isEmpty();
        plan.command().execute();

        Unit school = department.units().get(1);
        assertThat(school.functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .prior().get()).isEqualByComparingTo("50");
        assertThat(school.functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .publicCosts().get()).isEqualByComparingTo("0");
        assertThat(school.income().source(FundingSource.GOVERNMENT_FUND).prior().get()).isEqualByComparingTo("20");
        assertThat(department.units().get(2).income().source(FundingSource.GOVERNMENT_FUND).prior().get())
                .isEqualByComparingTo("30");
    }
}
