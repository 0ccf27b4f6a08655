package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 项目支出绩效目标表 lists each project's indicators beside its goals, one row each under 绩效指标. */
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
}
