package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The charts draw the tables: the chart sheet's amounts are formulas over the disclosure tables' cells (部门支出总表),
 * whose results are stored and equal what a client computes; the “三公” parts are formulas over the “三公” tables.
 */
class ChartReferencesTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"sichuan-2021, '表1-2'", "sichuan-2024, '公开表1-2'", "central, '表3'"})
    void theChartAmountsAreFormulasOverTheSpendingTable(String set, String table) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, DisplayUnit.WAN_YUAN, folder)) {
            Sheet charts = workbook.getSheet("图表");
            List<Cell> formulas = new ArrayList<>();
            for (Row row : charts) {
                Cell amount = row.getCell(1);
                if (amount != null && amount.getCellType() == CellType.FORMULA) {
                    formulas.add(amount);
                }
            }
            formulas.removeAll(threePublicParts(workbook));
            // 3 类 (社会保障和就业, 卫生健康, 住房保障), 基本/项目支出, and for Sichuan 人员/公用经费
            assertThat(formulas).hasSizeGreaterThanOrEqualTo(set.equals("central") ? 5 : 7);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : formulas) {
                assertThat(cell.getCellFormula()).startsWith("'" + table + "'!");
                BigDecimal stored = round(cell.getNumericCellValue());
                assertThat(round(evaluator.evaluate(cell).getNumberValue())).as(cell.getCellFormula())
                        .isEqualTo(stored);
            }
            assertThat(formulas.stream().map(cell -> round(cell.getNumericCellValue())))
                    .contains(new BigDecimal("690.58"), new BigDecimal("658.17"), new BigDecimal("104.89"));
        }
    }

    @ParameterizedTest
    @CsvSource({"sichuan-2021, '表3-3'", "sichuan-2024, '公开表3-3'", "central, '表7'"})
    void theThreePublicPartsAreFormulasOverTheThreePublicTable(String set, String table) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, DisplayUnit.WAN_YUAN, folder)) {
            List<Cell> parts = threePublicParts(workbook);
            assertThat(parts).isNotEmpty();
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : parts) {
                assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(cell.getCellFormula()).matches("'" + table + "'![A-Z]+[0-9]+");
                assertThat(round(evaluator.evaluate(cell).getNumberValue())).as(cell.getCellFormula())
                        .isEqualTo(round(cell.getNumericCellValue()));
            }
        }
    }

    @Test
    void aThreePublicPartPaidFromSeveralFundsAddsUpTheirTablesAndWhatNoTableShows() throws Exception {
        Department department = Exports.sample();
        ThreePublicExpenses threePublic = department.ownUnit().threePublic();
        BigDecimal reception = threePublic.reception().current().get();
        threePublic.entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION).current().set(new BigDecimal("1000.00"));
        threePublic.entered(Fund.NON_FISCAL, ThreePublicPart.RECEPTION).current().set(new BigDecimal("500.00"));
        Path file = Exports.write(department, "sichuan-2021", DisplayUnit.WAN_YUAN, folder);
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Sheet charts = workbook.getSheet("图表");
            Cell cell = charts.getRow(Grid.of(charts).rowOf(0, "公务接待费")).getCell(1);
            // 一般公共预算 in 表3-3, 政府性基金 in 表4-1, the unit's own 0.05 万元 in no table
            assertThat(cell.getCellFormula()).matches("'表3-3'![A-Z]+[0-9]+\\+'表4-1'![A-Z]+[0-9]+\\+0\\.05");
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            BigDecimal expected = DisplayUnit.WAN_YUAN.exactFromYuan(reception).setScale(2, RoundingMode.HALF_UP);
            assertThat(round(evaluator.evaluate(cell).getNumberValue())).isEqualTo(expected);
            assertThat(round(cell.getNumericCellValue())).isEqualTo(expected);
        }
    }

    @Test
    void editingTheThreePublicTableMovesTheChartInLibreOffice() throws Exception {
        Soffice soffice = Soffice.find().orElse(null);
        if (soffice == null) {
            assertThat(Soffice.onCi()).as("LibreOffice (soffice) is installed on CI").isFalse();
            Assumptions.abort("LibreOffice is not installed");
        }
        Department department = Exports.sample();
        department.ownUnit().threePublic().entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION).current()
                .set(new BigDecimal("1000.00"));
        Path file = Exports.write(department, "sichuan-2021", DisplayUnit.WAN_YUAN, folder);
        BigDecimal shown;
        Path edited = folder.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Sheet charts = workbook.getSheet("图表");
            shown = round(charts.getRow(Grid.of(charts).rowOf(0, "公务接待费")).getCell(1).getNumericCellValue());
            // the reader corrects the unit's 公务接待费 in 表4-1: 0.10 万元 becomes 2.10, the chart's part grows by 2
            Sheet fund = workbook.getSheet("表4-1");
            Grid table = Grid.of(fund);
            int column = table.columnOf("公务接待费");
            Cell unitCell = fund.getRow(table.rowOf(0, "合计") + 1).getCell(column);
            unitCell.setCellValue(unitCell.getNumericCellValue() + 2);
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        Path out = Files.createDirectories(folder.resolve("csv"));
        soffice.toCsv(folder, out, List.of(file, edited));

        Grid before = Grid.ofCsv("图表", out.resolve("sichuan-2021-WAN_YUAN-图表.csv"));
        Grid after = Grid.ofCsv("图表", out.resolve("edited-图表.csv"));
        assertThat(before.cell(before.rowOf(0, "公务接待费"), 1)).isEqualTo(shown);
        assertThat(after.cell(after.rowOf(0, "公务接待费"), 1)).isEqualTo(shown.add(new BigDecimal("2.00")));
    }

    /** The amount cells of the “三公”经费构成 block. */
    private static List<Cell> threePublicParts(XSSFWorkbook workbook) {
        Sheet charts = workbook.getSheet("图表");
        Grid grid = Grid.of(charts);
        List<Cell> cells = new ArrayList<>();
        for (String part : List.of("因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费")) {
            if (grid.contains(part)) {
                cells.add(charts.getRow(grid.rowOf(0, part)).getCell(1));
            }
        }
        return cells;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
