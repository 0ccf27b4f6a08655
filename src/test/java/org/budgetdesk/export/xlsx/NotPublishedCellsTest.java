package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prior-year figure that is not published shows “—”, and so does every total over it; the others stay numbers. */
class NotPublishedCellsTest {
    @TempDir
    Path folder;

    @Test
    void aThreePublicPriorNotPublishedIsADashUpToTheTotalAndTheReceptionStaysANumber() throws Exception {
        Department department = Exports.sample();
        department.ownUnit().threePublic().vehicleOperation().prior().set(null);

        try (XSSFWorkbook workbook = Exports.open(Exports.write(department, "central", DisplayUnit.WAN_YUAN, folder))) {
            Sheet sheet = workbook.getSheet("表7");
            List<String> dashes = new ArrayList<>();
            List<BigDecimal> numbers = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("—")) {
                        dashes.add(cell.getAddress().formatAsString());
                    } else if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
                        numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2,
                                java.math.RoundingMode.HALF_UP));
                    }
                }
            }

            // the unit's row and the 合计 row: 运行费, its 小计 and the prior 合计
            assertThat(dashes).hasSize(6);
            assertThat(numbers).contains(new BigDecimal("3.88"), new BigDecimal("3.00"));
        }
    }

    @Test
    void withEveryPriorPublishedTheTableHasNoDash() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("central", DisplayUnit.WAN_YUAN, folder)) {
            for (Row row : workbook.getSheet("表7")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).isNotEqualTo("—");
                    }
                }
            }
        }
    }
}
