package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client: LibreOffice opens the workbooks, recomputes every formula (its profile forces it) and shows each
 * figure as the model has it. Runs wherever LibreOffice is installed and must run on CI; elsewhere it is skipped
 * with a notice.
 */
class LibreOfficeRecalcTest {
    private static final double TAMPERED = 999_999;

    @TempDir
    Path folder;

    @Test
    void libreOfficeRecomputesEveryFigureAsTheModelHasIt() throws Exception {
        Soffice soffice = Soffice.find().orElse(null);
        if (soffice == null) {
            if (Soffice.onCi()) {
                fail("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
            }
            System.out.println("NOTICE: LibreOffice (soffice) not found: the real-client test of the .xlsx export is "
                    + "skipped. Install libreoffice-calc-nogui to run it; on CI it always runs.");
            Assumptions.abort("LibreOffice is not installed");
        }
        Department department = Exports.sample();
        Path sichuan = Exports.write(department, "sichuan", DisplayUnit.WAN_YUAN, folder);
        Path central = Exports.write(department, "central", DisplayUnit.YUAN, folder);
        Path tampered = tamper(sichuan, folder.resolve("tampered.xlsx"));
        Path out = Files.createDirectories(folder.resolve("csv"));
        soffice.toCsv(folder, out, List.of(sichuan, central, tampered));

        assertShownAsStored(sichuan, sichuan, out);
        assertShownAsStored(central, central, out);
        // stored results all wrong, yet shown right: LibreOffice recomputed them
        assertShownAsStored(tampered, sichuan, out);
        assertModelTotals("sichuan", DisplayUnit.WAN_YUAN, department, tampered, out);
        assertModelTotals("sichuan", DisplayUnit.WAN_YUAN, department, sichuan, out);
        assertModelTotals("central", DisplayUnit.YUAN, department, central, out);
    }

    /** Every number LibreOffice shows is the figure the exporter wrote from the model, cell by cell. */
    private static void assertShownAsStored(Path converted, Path written, Path out) throws IOException {
        try (XSSFWorkbook workbook = Exports.open(written)) {
            int numbers = 0;
            for (Sheet sheet : workbook) {
                Grid expected = Grid.of(sheet);
                Grid shown = csv(converted, sheet.getSheetName(), out);
                for (int r = 0; r < Math.max(expected.rows().size(), shown.rows().size()); r++) {
                    for (int c = 0; c < 20; c++) {
                        Object want = r < expected.rows().size() ? expected.cell(r, c) : null;
                        Object got = r < shown.rows().size() ? shown.cell(r, c) : null;
                        if (want instanceof BigDecimal || got instanceof BigDecimal) {
                            numbers++;
                            assertThat(got).as("%s %s row %d column %d", converted.getFileName(),
                                    sheet.getSheetName(), r + 1, c + 1).isEqualTo(want);
                        }
                    }
                }
            }
            assertThat(numbers).isGreaterThan(300);
        }
    }

    private static void assertModelTotals(String set, DisplayUnit unit, Department department, Path converted,
                                          Path out) throws IOException {
        for (ModelTotals.Expected totals : ModelTotals.of(set, department, unit)) {
            totals.assertIn(csv(converted, totals.sheet(), out));
        }
        for (var statement : ModelTotals.sampleStatements(set).entrySet()) {
            assertThat(csv(converted, statement.getKey(), out).contains(statement.getValue())).isTrue();
        }
    }

    private static Grid csv(Path converted, String sheet, Path out) throws IOException {
        String name = converted.getFileName().toString().replaceFirst("\\.xlsx$", "");
        return Grid.ofCsv(sheet, out.resolve(name + "-" + sheet + ".csv"));
    }

    /** A copy whose formulas all store a wrong result. */
    private static Path tamper(Path workbook, Path copy) throws IOException {
        try (XSSFWorkbook tampered = Exports.open(workbook)) {
            int formulas = 0;
            for (Sheet sheet : tampered) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            cell.setCellValue(TAMPERED);
                            formulas++;
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(50);
            try (OutputStream stream = Files.newOutputStream(copy)) {
                tampered.write(stream);
            }
        }
        try (XSSFWorkbook check = Exports.open(copy)) {
            Sheet spending = check.getSheet("表1-2");
            Cell total = spending.getRow(Grid.of(spending).rowOf(1, "合计")).getCell(2);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getNumericCellValue()).isEqualTo(TAMPERED);
        }
        return copy;
    }
}
