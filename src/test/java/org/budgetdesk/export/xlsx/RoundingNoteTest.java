package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table whose printed total differs from the sum of its printed parts (the sample's 社会保障和就业 类 prints 690.58
 * over 项 that print as 690.59) carries a note saying the gap is rounding; one whose figures add up as printed does not.
 */
class RoundingNoteTest {
    private static final String NOTE = "注：本表金额以万元为单位四舍五入列示，个别合计数与各分项之和的尾差系四舍五入所致。";

    @TempDir
    Path folder;

    @Test
    void aVisibleRoundingGapGetsANoteUnderTheTable() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan-2021", DisplayUnit.WAN_YUAN, folder)) {
            Sheet spending = workbook.getSheet("表3");
            assertThat(texts(spending)).contains(NOTE);
            Row last = spending.getRow(spending.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(NOTE);
            assertThat(texts(workbook.getSheet("表3-3"))).as("“三公” adds up as printed").doesNotContain(NOTE);
        }
    }

    @Test
    void figuresInYuanAddUpAsPrintedAndNeedNoNote() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan-2021", DisplayUnit.YUAN, folder)) {
            for (Sheet sheet : workbook) {
                assertThat(texts(sheet)).as(sheet.getSheetName()).noneMatch(text -> text.startsWith("注：本表金额"));
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
