package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.export.importing.SheetBuilder.sheet;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks a 预算管理一体化 system exports, made as shared/domain/catalogs/yitihua-export.md describes them:
 * one sheet per table named “3.21部门…” (or only “部门预算 NN 表”), amounts in 元 with or without a unit line, a form
 * label above the title, code tables with split 类/款/项 columns, 合计 in column A (and repeated), placeholder rows,
 * the “三公” table as one header row with the data below, narrative sheets beside the tables.
 */
class YitihuaImportTest {
    @TempDir
    Path folder;

    /** The department caliber (部门 tables, units as rows of the income table). */
    static XSSFWorkbook departmentWorkbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        departmentSheets(workbook);
        return workbook;
    }

    private static void departmentSheets(org.apache.poi.ss.usermodel.Workbook workbook) {
        sheet(workbook, "3.11部门主要职能（部门）").row("测试局主要职能").row("负责全县的测试工作。");
        sheet(workbook, "3.15部门收支总表").row("部门预算 01 表").row("2025年部门收支总表")
                .row("收入", "预算数", "支出", "预算数").row("一、财政拨款收入", 1500000, "一、一般公共服务支出", 1500000);
        sheet(workbook, "3.16部门收入总表").row("部门预算 02 表").row("2025年部门收入总表", null, null, null, null, null)
                .merge(1, 1, 0, 5)
                .row("部门名称：测试局", null, null, null, null, "单位：元")
                .row("单位名称", "合计", "财政拨款收入", null, "事业收入", "上年结转")
                .row(null, null, "一般公共预算", "政府性基金", null, null)
                .merge(3, 4, 0, 0).merge(3, 4, 1, 1).merge(3, 3, 2, 3).merge(3, 4, 4, 4).merge(3, 4, 5, 5)
                .row("合计", 1730000.5, 1500000, 200000, 30000.5, 0)
                .row("测试局", 1500000.5, 1300000, 200000, 0.5, 0)
                .row("测试二中", 230000, 200000, 0, 30000, 0);
        // no unit line: 元 is taken
        sheet(workbook, "3.21部门一般公共预算支出功能分类预算表").row(null, null, null, null, null, "部门预算 05 表")
                .row("2025年部门一般公共预算支出功能分类预算表").row("部门名称：测试局")
                .row("科目编码", null, null, "科目名称", "合计", "基本支出", null, "项目支出")
                .row("类", "款", "项", null, null, "人员经费", "公用经费", null)
                .merge(3, 3, 0, 2).merge(3, 4, 3, 3).merge(3, 4, 4, 4).merge(3, 3, 5, 6).merge(3, 4, 7, 7)
                .row("合计", null, null, null, 0, 0, 0, 0)
                .row("201", null, null, "一般公共服务支出", 1500000, 1000000.25, 299999.75, 200000)
                .row("201", "01", null, "人大事务", 1500000, 1000000.25, 299999.75, 200000)
                .row("201", "01", "01", "行政运行", 1300000, 1000000.25, 299999.75, 0)
                .row("201", "01", "99", "其他人大事务支出", 200000, 0, 0, 200000)
                .row("…", "…", "…", "…", null, null, null, null)
                .row("合计", null, null, null, 1500000, 1000000.25, 299999.75, 200000);
        sheet(workbook, "3.22部门政府性基金预算支出功能分类预算表").row("部门预算 06 表")
                .row("2025年部门政府性基金预算支出功能分类预算表").row(null, null, null, "单位：元")
                .row("功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出")
                .row("合计", null, 200000, 0, 200000)
                .row("2120803", "征地和拆迁补偿支出", 200000, 0, 200000);
        sheet(workbook, "3.24部门一般公共预算基本支出部门预算经济分类预算表").row("部门预算 08 表")
                .row("2025年部门一般公共预算基本支出部门预算经济分类预算表").row(null, null, null, null, "单位：元")
                .row("经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费")
                .row("合计", null, 1300000, 1000000.25, 299999.75)
                .row("301", "工资福利支出", 1000000.25, 1000000.25, 0)
                .row("30101", "基本工资", 1000000.25, 1000000.25, 0)
                .row("302", "商品和服务支出", 299999.75, 0, 299999.75)
                .row("30201", "办公费", 299999.75, 0, 299999.75);
        sheet(workbook, "3.25部门“三公”经费和机关运行经费预算表").row("部门预算 09 表")
                .row("2025年部门“三公”经费和机关运行经费预算表").row(null, null, null, null, null, null, "单位：元")
                .row("合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "机关运行经费")
                .row(null, null, "小计", "购置费", "运行费", null, null)
                .merge(3, 4, 0, 0).merge(3, 4, 1, 1).merge(3, 3, 2, 4).merge(3, 4, 5, 5).merge(3, 4, 6, 6)
                .row(61000, 10000, 41000, 0, 41000, 10000, 299999.75);
    }

    @Test
    void recognisesTheDepartmentTablesAndReadsEveryFigureInYuan() throws Exception {
        Path file = SheetBuilder.save(departmentWorkbook(), folder.resolve("一体化.xlsx"));
        ImportedFigures figures = WorkbookImport.read(file);

        assertThat(figures.tableSet()).isEqualTo("yitihua");
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.departmentName()).isEqualTo("测试局");
        assertThat(figures.budgetYear()).isEqualTo(2025);
        assertThat(figures.mapping()).get().satisfies(mapping -> assertThat(mapping.sheets())
                .extracting(SheetMapping::sheet, SheetMapping::table).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3.16部门收入总表", TableKind.INCOME),
                        org.assertj.core.groups.Tuple.tuple("3.21部门一般公共预算支出功能分类预算表",
                                TableKind.GENERAL_BUDGET),
                        org.assertj.core.groups.Tuple.tuple("3.22部门政府性基金预算支出功能分类预算表",
                                TableKind.GOVERNMENT_FUND),
                        org.assertj.core.groups.Tuple.tuple("3.24部门一般公共预算基本支出部门预算经济分类预算表",
                                TableKind.BASIC_ECONOMIC),
                        org.assertj.core.groups.Tuple.tuple("3.25部门“三公”经费和机关运行经费预算表",
                                TableKind.THREE_PUBLIC)));
        assertThat(figures.notes()).extracting(Unreadable::sheet, Unreadable::reason).contains(
                org.assertj.core.groups.Tuple.tuple("3.21部门一般公共预算支出功能分类预算表", "import.note.unitAssumed"),
                org.assertj.core.groups.Tuple.tuple("3.15部门收支总表", "import.note.sheetNotRead"),
                org.assertj.core.groups.Tuple.tuple("3.11部门主要职能（部门）", "import.note.sheetNotRead"));

        LineFigures run = figures.functional().get("2010101").get(FundingSource.GENERAL_PUBLIC_BUDGET);
        assertThat(run).isEqualTo(new LineFigures(new java.math.BigDecimal("1000000.25"),
                new java.math.BigDecimal("299999.75"), new java.math.BigDecimal("0.00")));
        assertThat(figures.functional().get("2010199").get(FundingSource.GENERAL_PUBLIC_BUDGET).project())
                .isEqualByComparingTo("200000");
        assertThat(figures.functional().get("2120803").get(FundingSource.GOVERNMENT_FUND).project())
                .isEqualByComparingTo("200000");
        assertThat(figures.economic()).containsEntry("30101", new java.math.BigDecimal("1000000.25"))
                .containsEntry("30201", new java.math.BigDecimal("299999.75"));
        assertThat(figures.income().get("测试二中")).containsEntry(FundingSource.INSTITUTIONAL_REVENUE,
                new java.math.BigDecimal("30000.00"));
    }

    @Test
    void anXlsWorkbookOfTheSameTablesGivesTheSameFigures() throws Exception {
        org.apache.poi.hssf.usermodel.HSSFWorkbook xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        departmentSheets(xls);
        ImportedFigures fromXls = WorkbookImport.read(SheetBuilder.save(xls, folder.resolve("一体化.xls")));
        ImportedFigures fromXlsx = WorkbookImport.read(SheetBuilder.save(departmentWorkbook(),
                folder.resolve("一体化.xlsx")));

        assertThat(fromXls.problems()).isEmpty();
        assertThat(fromXls.functional()).isEqualTo(fromXlsx.functional());
        assertThat(fromXls.economic()).isEqualTo(fromXlsx.economic());
        assertThat(fromXls.income()).isEqualTo(fromXlsx.income());
    }

    @Test
    void importsIntoANewProjectWithUnitsByNameAndTheThreePublicOfItsOnlyUnit() throws Exception {
        Path file = SheetBuilder.save(departmentWorkbook(), folder.resolve("一体化.xlsx"));
        ImportedFigures figures = WorkbookImport.read(file);
        Department department = new Department("测试局", 2025);

        ImportPlan plan = ImportPlan.of(department, figures, false);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newUnits()).containsExactly("测试二中");
        plan.command().execute();

        Unit own = department.ownUnit();
        assertThat(own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualByComparingTo("1300000");
        assertThat(department.units().get(1).income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualByComparingTo("200000");
        FunctionalLine line = own.functional().find("2010101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        assertThat(line.personnel().get()).isEqualByComparingTo("1000000.25");
        assertThat(own.threePublic().part(ThreePublicPart.VEHICLE_OPERATION).current().get())
                .isEqualByComparingTo("41000");
        assertThat(own.threePublic().part(ThreePublicPart.OVERSEAS_TRAVEL).current().get())
                .isEqualByComparingTo("10000");
        assertThat(own.economic().find("30101").orElseThrow().current().get()).isEqualByComparingTo("1000000.25");
    }

    @Test
    void aSheetNamedOnlyByItsFormLabelIsKnownByItsTitle() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "部门预算 03 表").row("部门预算 03 表").row("测试局2025年部门支出总表")
                .row(null, null, null, "单位：元")
                .row("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                .row("2010101", "行政运行", 1200, 1200, 0)
                .row("2010199", "其他人大事务支出", 300, 0, 300);
        ImportedFigures figures = WorkbookImport.read(SheetBuilder.save(workbook, folder.resolve("t.xlsx")));

        assertThat(figures.tableSet()).isEqualTo("yitihua");
        assertThat(figures.mapping().orElseThrow().sheets()).singleElement()
                .extracting(SheetMapping::table).isEqualTo(TableKind.SPENDING);
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.functional().get("2010101").values().iterator().next().publicCosts())
                .isEqualByComparingTo("1200");
    }

    @Test
    void aWrongRepeatedTotalIsReportedWithItsPlace() throws Exception {
        XSSFWorkbook workbook = departmentWorkbook();
        workbook.getSheet("3.24部门一般公共预算基本支出部门预算经济分类预算表").getRow(4).getCell(2).setCellValue(1);
        ImportedFigures figures = WorkbookImport.read(SheetBuilder.save(workbook, folder.resolve("t.xlsx")));

        assertThat(figures.problems()).extracting(Unreadable::sheet, Unreadable::row, Unreadable::column,
                Unreadable::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "3.24部门一般公共预算基本支出部门预算经济分类预算表", 5, "C", "import.problem.partsDisagree"));
    }

    @Test
    void aReadReportsItsProgressTableByTableAndStopsWhenCancelled() throws Exception {
        Path file = SheetBuilder.save(departmentWorkbook(), folder.resolve("一体化.xlsx"));
        java.util.List<Double> reported = new java.util.ArrayList<>();
        WorkbookImport.read(file, new ReadProgress() {
            @Override
            public void report(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(reported).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);

        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void report(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookImport.read(file, cancelled))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.cancelled()).isTrue());
    }

    @Test
    void theRowWiseThreePublicTableGivesTheSameParts() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "2.25单位“三公”经费和机关运行费预算表").row("单位预算 25 表")
                .row("2025年单位“三公”经费和机关运行费预算表").row("单位名称：测试局", null, "单位：元")
                .row("项目", "预算数")
                .row("合计", 61000)
                .row("1.因公出国（境）费", 10000)
                .row("2.公务用车购置及运行费", 41000)
                .row("其中：公务用车购置费", 0)
                .row("公务用车运行费", 41000)
                .row("3.公务接待费", 10000)
                .row("机关运行经费", 299999.75);
        ImportedFigures figures = WorkbookImport.read(SheetBuilder.save(workbook, folder.resolve("t.xlsx")));
        assertThat(figures.problems()).isEmpty();

        Department department = new Department("测试局", 2025);
        ImportPlan.of(department, figures, false).command().execute();
        Unit own = department.ownUnit();
        assertThat(own.threePublic().part(ThreePublicPart.OVERSEAS_TRAVEL).current().get())
                .isEqualByComparingTo("10000");
        assertThat(own.threePublic().part(ThreePublicPart.VEHICLE_OPERATION).current().get())
                .isEqualByComparingTo("41000");
        assertThat(own.threePublic().part(ThreePublicPart.RECEPTION).current().get()).isEqualByComparingTo("10000");
    }
}
