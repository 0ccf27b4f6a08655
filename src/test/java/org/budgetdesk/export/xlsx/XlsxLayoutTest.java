package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.format.DisplayUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;

/** The shape of the workbook: sheets in the template's order, print setup, frozen headers, widths, charts. */
class XlsxLayoutTest {
    @TempDir
    Path folder;

    @Test
    void sheetsFollowTheTableSetThenTheCharts() throws Exception {
        try (XSSFWorkbook sichuan = Exports.sampleWorkbook("sichuan", DisplayUnit.WAN_YUAN, folder);
             XSSFWorkbook central = Exports.sampleWorkbook("central", DisplayUnit.YUAN, folder)) {
            assertThat(names(sichuan)).containsExactly("表1", "表1-1", "表1-2", "表2", "表2-1", "表3", "表3-1", "表3-2",
                    "表3-3", "表4", "表4-1", "表5", "项目支出绩效目标表", "图表");
            assertThat(names(central)).containsExactly("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "图表");
            assertThat(sichuan.getActiveSheetIndex()).isZero();
            Sheet table = central.getSheet("表7");
            assertThat(table.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2021年一般公共预算“三公”经费支出表");
            assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门：乐山市社会保险事务中心");
            assertThat(table.getRow(2).getCell(table.getRow(2).getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("单位：元");
        }
    }

    @Test
    void everyTableIsPrintReady() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan", DisplayUnit.WAN_YUAN, folder)) {
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isZero();
                if (!sheet.getSheetName().equals("图表")) {
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                    CellRangeAddress repeated = sheet.getRepeatingRows();
                    assertThat(repeated.getFirstRow()).isEqualTo(TableSheet.HEADER_ROW);
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                            .isEqualTo((short) (repeated.getLastRow() + 1));
                }
            }
            assertThat(workbook.getSheet("表3-3").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("表1-2").getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void columnsAreWideEnoughForTheirText() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan", DisplayUnit.YUAN, folder)) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("图表")) {
                    continue;
                }
                for (Row row : sheet) {
                    if (row.getRowNum() <= TableSheet.HEADER_ROW || isMerged(sheet, row.getRowNum())) {
                        continue;
                    }
                    for (Cell cell : row) {
                        String shown = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                                : cell.getCellType() == CellType.BLANK ? ""
                                : ColumnWidths.shown(java.math.BigDecimal.valueOf(cell.getNumericCellValue()));
                        int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                        if (!cell.getCellStyle().getWrapText()) {
                            assertThat(TextWidth.of(shown) + 2 * cell.getCellStyle().getIndention())
                                    .as("%s!%s “%s”", sheet.getSheetName(), cell.getAddress(), shown)
                                    .isLessThanOrEqualTo(width);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theChartSheetHasPieChartsWithAColourForEverySlice() throws Exception {
        try (XSSFWorkbook workbook = Exports.sampleWorkbook("sichuan", DisplayUnit.WAN_YUAN, folder)) {
            XSSFSheet sheet = workbook.getSheet("图表");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(4);
            List<Integer> slices = new ArrayList<>();
            for (XSSFChart chart : charts) {
                CTPieSer series = chart.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
                int points = (int) series.getVal().getNumRef().getNumCache().getPtCount().getVal();
                assertThat(series.sizeOfDPtArray()).isEqualTo(points);
                series.getDPtList().forEach(point -> assertThat(point.getSpPr().getSolidFill().isSetSrgbClr()).isTrue());
                assertThat(series.getDLbls().getShowPercent().getVal()).isTrue();
                slices.add(points);
            }
            // 3 类; 基本/项目; 人员/公用; “三公” has only 公务接待费, the zero parts are left out
            assertThat(slices).containsExactly(3, 2, 2, 1);
        }
    }

    private static boolean isMerged(Sheet sheet, int row) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.getFirstRow() <= row
                && row <= region.getLastRow());
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
