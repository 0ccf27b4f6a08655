package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long department name wraps in its line and a long project name in its cell; neither widens the table. */
class LongNamesLayoutTest {
    private static final String LONG_NAME = "某县教育局" + "（含所属中小学校、幼儿园、教师发展中心及教育事业服务中心）".repeat(3);

    @TempDir
    Path folder;

    @Test
    void aLongDepartmentNameWrapsInsteadOfWideningTheColumns() throws Exception {
        Department plain = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        Department named = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        named.name().set(LONG_NAME);
        try (XSSFWorkbook before = Exports.open(Exports.write(plain, "sichuan-2024", DisplayUnit.WAN_YUAN,
                Files.createDirectories(folder.resolve("plain"))));
             XSSFWorkbook after = Exports.open(Exports.write(named, "sichuan-2024", DisplayUnit.WAN_YUAN,
                     folder))) {
            Sheet table = after.getSheet("公开表3");
            assertThat(width(table)).isLessThanOrEqualTo(width(before.getSheet("公开表3")) + 40 * 256);
            assertThat(table.getRow(2).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(table.getRow(2).getHeightInPoints()).isGreaterThan(before.getSheet("公开表3").getRow(2)
                    .getHeightInPoints());
        }
    }

    @Test
    void projectNamesWrapInTheirCell() throws Exception {
        try (XSSFWorkbook workbook = Exports.open(Exports.write(SampleProject.load(SampleProject.COUNTY_EDUCATION),
                "sichuan-2021", DisplayUnit.WAN_YUAN, folder))) {
            Sheet projects = workbook.getSheet("项目支出绩效目标表");
            int nameColumn = 1;
            assertThat(projects.getColumnWidth(nameColumn)).isLessThanOrEqualTo((ColumnWidths.WRAP + ColumnWidths.PADDING) * 256);
            assertThat(projects.getRow(projects.getLastRowNum()).getCell(nameColumn).getCellStyle().getWrapText())
                    .isTrue();
        }
    }

    private static int width(Sheet sheet) {
        int total = 0;
        for (int c = 0; c < sheet.getRow(3).getLastCellNum(); c++) {
            total += sheet.getColumnWidth(c);
        }
        return total;
    }
}
