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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.ThreePublicPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 表3-3 shows what 一般公共预算 pays of “三公”, 表4-1 what 政府性基金 pays; both follow what the user entered. */
class ThreePublicByFundTablesTest {
    @TempDir
    Path folder;

    private static List<BigDecimal> numbers(Sheet sheet) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
                    numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        return numbers;
    }

    @Test
    void aReceptionPartlyPaidFromAGovernmentFundIsSplitBetweenTheTwoTables() throws Exception {
        Department department = Exports.sample();
        department.ownUnit().threePublic().entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION)
                .current().set(new BigDecimal("10000.00"));

        try (XSSFWorkbook workbook = Exports.open(Exports.write(department, "sichuan", DisplayUnit.WAN_YUAN, folder))) {
            assertThat(numbers(workbook.getSheet("表3-3"))).contains(new BigDecimal("2.00"))
                    .doesNotContain(new BigDecimal("3.00"));
            assertThat(numbers(workbook.getSheet("表4-1"))).contains(new BigDecimal("1.00"));
        }
    }

    @Test
    void withNothingFromGovernmentFundsTheirTableIsItsEmptyStatement() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan", DisplayUnit.WAN_YUAN, folder)) {
            assertThat(numbers(workbook.getSheet("表4-1"))).isEmpty();
            assertThat(numbers(workbook.getSheet("表3-3"))).contains(new BigDecimal("3.00"), new BigDecimal("3.88"));
        }
    }

    @Test
    void aTableOfEverySourceShowsTheWholeThreePublicExpensesEvenWhenTheyAreZero() {
        Department department = new Department("某局", 2024);
        TableContext context = TableContext.of(department, TableSet.load("sichuan"));
        RowSpec everySource = new RowSpec("threePublic", List.of(), null, false, null, null, false);

        List<TableRow> rows = new ThreePublicRows().rows(context, everySource);

        assertThat(rows).hasSize(2); // 合计 and the one unit, all zero
    }
}
