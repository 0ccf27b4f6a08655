package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The charts draw the tables: the chart sheet's amounts are formulas over the disclosure tables' cells (部门支出总表),
 * whose results are stored and equal what a client computes; only the “三公” parts, which no table shows for every
 * source, keep their values.
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
            // 3 类 (社会保障和就业, 卫生健康, 住房保障), 基本/项目支出, and for Sichuan 人员/公用经费
            assertThat(formulas).hasSizeGreaterThanOrEqualTo(set.equals("central") ? 5 : 7);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : formulas) {
                assertThat(cell.getCellFormula()).startsWith("'" + table + "'!");
                BigDecimal stored = round(cell.getNumericCellValue());
                assertThat(round(evaluator.evaluate(cell).getNumberValue())).as(cell.getCellFormula()).isEqualTo(stored);
            }
            assertThat(formulas.stream().map(cell -> round(cell.getNumericCellValue())))
                    .contains(new BigDecimal("690.58"), new BigDecimal("658.17"), new BigDecimal("104.89"));
        }
    }

    @Test
    void theThreePublicPartsKeepTheirValues() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan-2021", DisplayUnit.WAN_YUAN, folder)) {
            Grid charts = Grid.of(workbook.getSheet("图表"));
            int reception = charts.rowOf(0, "公务接待费");
            assertThat(workbook.getSheet("图表").getRow(reception).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
