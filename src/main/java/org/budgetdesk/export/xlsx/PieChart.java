package org.budgetdesk.export.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * A native pie chart over a block of category names and amounts on the same sheet. Every slice gets an explicit
 * fill (LibreOffice draws no slices otherwise) and a label with its percentage and amount.
 */
final class PieChart {
    /** Slice colours, in order; repeated beyond twelve slices. */
    private static final int[] PALETTE = {
        0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47,
        0x264478, 0x9E480E, 0x636363, 0x997300, 0x255E91, 0x43682B};

    private PieChart() {
    }

    /**
     * Draws a pie chart.
     *
     * @param firstRow first data row (0-based) of the block; names in column 0, amounts in column 1
     * @param anchor   columns and rows the chart covers: first column, first row, last column, last row
     */
    static void draw(XSSFSheet sheet, String title, int firstRow, int count, int[] anchor) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
        XSSFChart chart = drawing.createChart(place);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.RIGHT);
        legend.setOverlay(false);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, firstRow + count - 1, 0, 0));
        var amounts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, firstRow + count - 1, 1, 1));
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFPieChartData.Series series = (XDDFPieChartData.Series) data.addSeries(names, amounts);
        series.setTitle(title, null);
        chart.plot(data);
        for (int i = 0; i < count; i++) {
            int rgb = PALETTE[i % PALETTE.length];
            // from(byte[]) is sRGB; from(int, int, int) would be scRGB percentages, nearly black
            XDDFColor colour = XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(colour));
        }
        CTDLbls labels = series.getCTPieSer().isSetDLbls() ? series.getCTPieSer().getDLbls()
                : series.getCTPieSer().addNewDLbls();
        labels.addNewDLblPos().setVal(STDLblPos.BEST_FIT);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowBubbleSize().setVal(false);
        labels.setSeparator("\n");
        labels.addNewShowLeaderLines().setVal(true);
    }
}
