package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 项目支出绩效目标表 lists each project's indicators beside its goals, one row each under 绩效指标, the project's
 * cells spanning them.
 */
class PerformanceIndicatorsTableTest {
    @TempDir
    Path folder;

    @Test
    void eachIndicatorIsARowOfItsLevelsAndTargetValue() throws Exception {
        Path file = Exports.write(SampleProject.load(SampleProject.COUNTY_EDUCATION), "sichuan", DisplayUnit.WAN_YUAN,
                folder);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = Exports.open(file)) {
            for (Row row : workbook.getSheet("项目支出绩效目标表")) {
                List<String> texts = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
                rows.add(texts);
            }
        }

        assertThat(rows).anySatisfy(row -> assertThat(row).contains("绩效指标"))
                .anySatisfy(row -> assertThat(row).containsSubsequence("一级指标", "二级指标", "三级指标", "指标值"))
                .anySatisfy(row -> assertThat(row).containsSequence("产出指标", "数量指标", "改造多媒体教室数", "≥120间"))
                .anySatisfy(row -> assertThat(row).containsExactly("产出指标", "时效指标", "完成时间", "2024年12月底前"))
                .allSatisfy(row -> assertThat(row).noneMatch(text -> text.contains("—") && text.contains("：")));
    }

    @ParameterizedTest
    @CsvSource({"sichuan-2021, 项目支出绩效目标表", "sichuan-2024, 公开表6"})
    void aProjectsCellsSpanTheRowsOfItsIndicators(String set, String sheetName) throws Exception {
        Path file = Exports.write(SampleProject.load(SampleProject.COUNTY_EDUCATION), set, DisplayUnit.WAN_YUAN,
                folder);
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Sheet sheet = workbook.getSheet(sheetName);
            Grid grid = Grid.of(sheet);
            int project = grid.rowOf(1, "教育信息化建设");
            int level3 = grid.columnOf("三级指标");
            for (int column = 0; column < level3 - 2; column++) {
                CellRangeAddress merged = mergedAt(sheet, project, column);
                assertThat(merged).as("column %d of the project's row", column).isNotNull();
                assertThat(merged.getLastRow() - merged.getFirstRow()).as("three indicators").isEqualTo(2);
            }
            assertThat(mergedAt(sheet, project + 1, level3)).as("each indicator in its own cell").isNull();
            assertThat(sheet.getRow(project + 2).getCell(level3).getStringCellValue()).isEqualTo("师生满意度");
            int nextProject = grid.rowOf(1, "校舍维修");
            assertThat(nextProject).isEqualTo(project + 3);
            assertThat(mergedAt(sheet, nextProject, 1)).as("a project with one indicator or none").isNull();
        }
    }

    @Test
    void aLongGoalSpreadsOverTheRowsOfItsIndicators() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        String goal = "完成全县中小学多媒体教室改造，提升课堂教学信息化水平。".repeat(6);
        department.units().forEach(unit -> unit.performance().projects().stream()
                .filter(project -> project.name().get().equals("教育信息化建设"))
                .forEach(project -> project.goals().set(goal)));
        Path file = Exports.write(department, "sichuan-2024", DisplayUnit.WAN_YUAN, folder);
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Sheet sheet = workbook.getSheet("公开表6");
            Grid grid = Grid.of(sheet);
            int project = grid.rowOf(1, "教育信息化建设");
            int lines = TextWidth.lines(goal, sheet.getColumnWidth(grid.columnOf("年度目标")) / 256);
            float block = 0;
            for (int r = project; r <= project + 2; r++) {
                block += sheet.getRow(r).getHeightInPoints();
            }
            assertThat(lines).isGreaterThan(3);
            assertThat(block).as("the merged goal has room for its %d lines", lines)
                    .isGreaterThanOrEqualTo(RowHeights.height(lines));
            assertThat(sheet.getRow(project).getHeightInPoints()).as("the first row shares it with the rows below")
                    .isLessThan(RowHeights.height(lines));
        }
    }

    private static CellRangeAddress mergedAt(Sheet sheet, int row, int column) {
        return sheet.getMergedRegions().stream().filter(region -> region.isInRange(row, column)).findFirst()
                .orElse(null);
    }
}
