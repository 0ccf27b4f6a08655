package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the cells hold: numbers as numbers in #,##0.00, text as text (never a formula), 空表 statements. */
class XlsxCellsTest {
    private static final Pattern LOOKS_LIKE_A_NUMBER = Pattern.compile("-?[0-9,]+\\.[0-9]+");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"sichuan", "central"})
    void amountsAreNumericCellsInTheAmountFormat(String set) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, DisplayUnit.WAN_YUAN, folder)) {
            int numbers = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType();
                        if (type == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                    .doesNotMatch(LOOKS_LIKE_A_NUMBER);
                        } else if (type == CellType.NUMERIC || type == CellType.FORMULA) {
                            numbers++;
                            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                        }
                    }
                }
            }
            assertThat(numbers).isGreaterThan(300);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sichuan", "central"})
    void emptyTablesCarryTheirStatementAndNoFigures(String set) throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook(set, DisplayUnit.WAN_YUAN, folder)) {
            Map<String, String> statements = ModelTotals.sampleStatements(set);
            assertThat(statements).isNotEmpty();
            statements.forEach((sheet, statement) -> {
                Grid grid = Grid.of(workbook.getSheet(sheet));
                assertThat(grid.contains(statement)).as(sheet).isTrue();
                assertThat(grid.numberCount()).as(sheet).isZero();
            });
        }
    }

    @Test
    void aGovernmentFundLineFillsItsTableInsteadOfTheStatement() throws Exception {
        Department department = Exports.sample();
        FunctionalLine line = new FunctionalLine("2120801", FundingSource.GOVERNMENT_FUND);
        line.project().set(new BigDecimal("250000.00"));
        department.ownUnit().functional().add(line);
        Path file = Exports.write(department, "sichuan", DisplayUnit.WAN_YUAN, folder);
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Grid fund = Grid.of(workbook.getSheet("表4"));
            assertThat(fund.contains(ModelTotals.sampleStatements("sichuan").get("表4"))).isFalse();
            assertThat(fund.cell(fund.rowOf(1, "合计"), 2)).isEqualTo(new BigDecimal("25.00"));
            assertThat(fund.cell(fund.rowOf(0, "2120801"), 5)).isEqualTo(new BigDecimal("25.00"));
            for (ModelTotals.Expected totals : ModelTotals.of("sichuan", department, DisplayUnit.WAN_YUAN)) {
                totals.assertIn(Grid.of(workbook.getSheet(totals.sheet())));
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        List<String> hostile = List.of("=SUM(1,2)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "=HYPERLINK(\"http://example.com\",\"x\")");
        Department department = Exports.sample();
        department.name().set(hostile.get(4));
        department.ownUnit().name().set(hostile.get(0));
        Unit second = new Unit(hostile.get(1));
        department.units().add(second);
        for (String name : hostile.subList(2, 4)) {
            PerformanceProject project = new PerformanceProject();
            project.name().set(name);
            project.goals().set(name);
            second.performance().add(project);
        }
        try (XSSFWorkbook workbook = Exports.open(Exports.write(department, "sichuan", DisplayUnit.WAN_YUAN, folder))) {
            int found = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).matches("SUM\\(.*|'表[0-9-]+'![A-Z]+[0-9]+.*");
                        } else if (cell.getCellType() == CellType.STRING
                                && hostile.stream().anyMatch(cell.getStringCellValue()::contains)) {
                            found++;
                        }
                    }
                }
            }
            assertThat(found).isGreaterThan(20);
            Grid projects = Grid.of(workbook.getSheet("项目支出绩效目标表"));
            assertThat(projects.cell(projects.rowOf(1, "-2+3"), 0)).isEqualTo(hostile.get(1));
        }
    }
}
