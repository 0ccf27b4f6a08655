package org.budgetdesk.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.export.common.ExportWarning;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;

/**
 * Builds the workbook: the chart sheet in memory (charts need the full XSSF model; it is small), every table sheet
 * streamed (SXSSF, a window of {@link #WINDOW} rows in memory), then the chart sheet filled (its formulas name the
 * tables) and moved to the end.
 * Formula cells carry the values they compute, so clients that trust cached values (LibreOffice) show the right
 * figures; Excel is also told to recalculate on open.
 */
final class WorkbookWriter {
    static final int WINDOW = 100;

    private final TableSet set;
    private final DisplayUnit unit;
    private final DoubleConsumer progress;
    private final List<ExportWarning> warnings;

    WorkbookWriter(TableSet set, DisplayUnit unit, DoubleConsumer progress, List<ExportWarning> warnings) {
        this.set = set;
        this.unit = unit;
        this.progress = progress;
        this.warnings = warnings;
    }

    void write(Department department, OutputStream out) throws IOException {
        TableContext context = TableContext.of(department, set);
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(base);
            ChartReferences references = new ChartReferences();
            String chartSheetName = context.label("chartSheet");
            XSSFSheet charts = base.createSheet(chartSheetName);
            int done = 0;
            for (TableTemplate table : set.tables()) {
                DisplayUnit tableUnit = table.unit() == null ? unit : table.unit();
                TableBody body = new TableBody(RowBuilders.get(table.rows().builder()).rows(context, table.rows()),
                        table.leaves(), tableUnit);
                if (tableUnit == unit) { // the chart sheet's figures are in the chosen unit
                    references.add(table, body);
                }
                new TableSheet(workbook.createSheet(table.sheet()), styles, warnings)
                        .write(table, body, SheetTexts.of(set, table, department, tableUnit));
                progress.accept(++done / (set.tables().size() + 1.0));
            }
            // filled last: its formulas name the table sheets, which must exist by then
            new ChartSheet(charts, styles, context, unit, references).write();
            workbook.setSheetOrder(chartSheetName, workbook.getNumberOfSheets() - 1);
            charts.setSelected(false);
            workbook.getSheetAt(0).setSelected(true);
            workbook.setActiveSheet(0);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            progress.accept(1.0);
        } finally {
            workbook.close();
        }
    }
}
