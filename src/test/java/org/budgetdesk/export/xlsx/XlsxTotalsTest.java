package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.bench.GeneratedDepartment;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample exported and read back with POI: every table's totals are the model's, and formulas store their results. */
class XlsxTotalsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"sichuan, WAN_YUAN", "sichuan, YUAN", "central, WAN_YUAN", "central, YUAN"})
    void everyTableTotalEqualsTheModelSheetBySheet(String set, DisplayUnit unit) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, unit, folder)) {
            List<ModelTotals.Expected> expected = ModelTotals.of(set, Exports.sample(), unit);
            assertThat(expected).hasSizeGreaterThan(10);
            for (ModelTotals.Expected totals : expected) {
                totals.assertIn(Grid.of(workbook.getSheet(totals.sheet())));
            }
        }
    }

    @Test
    void theSampleShowsItsPublishedFigures() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan", DisplayUnit.WAN_YUAN, folder)) {
            Grid spending = Grid.of(workbook.getSheet("表1-2"));
            int total = spending.rowOf(1, "合计");
            assertThat(List.of(spending.cell(total, 2), spending.cell(total, 3), spending.cell(total, 4),
                    spending.cell(total, 5))).containsExactly(new BigDecimal("763.06"), new BigDecimal("461.37"),
                    new BigDecimal("196.80"), new BigDecimal("104.89"));
            // the 类 is the model's rounded total, not the sum of its 项 rounded one by one (690.59)
            assertThat(spending.cell(spending.rowOf(0, "208"), 2)).isEqualTo(new BigDecimal("690.58"));
            Grid threePublic = Grid.of(workbook.getSheet("表3-3"));
            int row = threePublic.rowOf(0, "合计");
            assertThat(threePublic.cell(row, 1)).isEqualTo(new BigDecimal("3.00"));
            assertThat(threePublic.cell(row, 7)).isEqualTo(new BigDecimal("3.88"));
        }
    }

    @ParameterizedTest
    @CsvSource({"sichuan, WAN_YUAN", "central, YUAN"})
    void storedFormulaResultsAreWhatTheFormulasCompute(String set, DisplayUnit unit) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, unit, folder)) {
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
            assertThat(checkFormulas(workbook)).isGreaterThan(100);
        }
    }

    @Test
    void aDepartmentOfManyUnitsAddsUpToo() throws Exception {
        Department department = GeneratedDepartment.build(12, 30, 10);
        try (XSSFWorkbook workbook = Exports.open(Exports.write(department, "sichuan", DisplayUnit.WAN_YUAN, folder))) {
            for (ModelTotals.Expected totals : ModelTotals.of("sichuan", department, DisplayUnit.WAN_YUAN)) {
                totals.assertIn(Grid.of(workbook.getSheet(totals.sheet())));
            }
            Grid income = Grid.of(workbook.getSheet("表1-1"));
            assertThat(income.rowOf(0, "下属单位11")).isEqualTo(income.rowOf(0, "合计") + 12);
            checkFormulas(workbook);
        }
    }

    /** Checks every formula: only SUMs, and the stored result is what POI computes from it; returns how many. */
    private static int checkFormulas(XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int count = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    count++;
                    // a table's totals are SUMs within it; the chart sheet's amounts name a table cell (or two added)
                    assertThat(cell.getCellFormula()).matches("SUM\\([A-Z]+[0-9]+(:[A-Z]+[0-9]+)?(,[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?)*\\)"
                            + "|'[^']+'![A-Z]+[0-9]+(\\+'[^']+'![A-Z]+[0-9]+)?");
                    double stored = cell.getNumericCellValue();
                    assertThat(evaluator.evaluate(cell).getNumberValue())
                            .as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), cell.getCellFormula())
                            .isCloseTo(stored, within(1e-6));
                }
            }
        }
        return count;
    }
}
