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

/** The 项目支出绩效目标表 lists each project's indicators beside its goals. */
class PerformanceIndicatorsTableTest {
    @TempDir
    Path folder;

    @Test
    void eachIndicatorIsALineOfItsLevelsAndTargetValue() throws Exception {
        Path file = Exports.write(SampleProject.load(SampleProject.COUNTY_EDUCATION), "sichuan", DisplayUnit.WAN_YUAN,
                folder);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = Exports.open(file)) {
            for (Row row : workbook.getSheet("项目支出绩效目标表")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }

        assertThat(texts).contains("绩效指标", "产出指标—数量指标—改造多媒体教室数：≥120间\n产出指标—时效指标—完成时间：2024年12月底前\n"
                + "满意度指标—服务对象满意度指标—师生满意度：≥90%");
    }
}
