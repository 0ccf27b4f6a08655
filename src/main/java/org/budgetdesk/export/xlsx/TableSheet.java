package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.budgetdesk.export.common.ExportWarning;

/**
 * Writes one disclosure table to a sheet, top to bottom (as streaming requires): number, title, department and unit
 * lines, the column headers (merged where they span), the body or the 空表 statement; then sizes and print setup.
 */
final class TableSheet {
    static final int HEADER_ROW = 3;
    /** Points per line of 11-point Chinese text. */
    static final float LINE = 15f;
    /** The height of a body row of one line: a little air above and below the text. */
    static final float ROW = 18f;
    /**
     * Points per line of body text that wraps: LibreOffice sets 11-point Chinese lines about 16 pt apart, so at
     * {@link #LINE} a two-line goal touched the cell's borders.
     */
    static final float WRAPPED_LINE = 16f;
    /** The tallest row Excel allows, in points. */
    static final float MAX_ROW = 409f;
    private static final float[] TOP_ROWS = {15f, 32f, 20f};

    private final Sheet sheet;
    private final Styles styles;
    private final List<ExportWarning> warnings;

    /** @param warnings told of each text cut to fit its cell ({@link CellText}) */
    TableSheet(Sheet sheet, Styles styles, List<ExportWarning> warnings) {
        this.sheet = sheet;
        this.styles = styles;
        this.warnings = warnings;
    }

    void write(TableTemplate template, TableBody body, SheetTexts texts) {
        List<ColumnSpec> leaves = template.leaves();
        int last = leaves.size() - 1;
        int[] widths = ColumnWidths.of(template, body, texts.title(), texts.subtitle(), texts.unitLine());
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        text(sheet.createRow(0), 0, texts.number(), styles.number);
        Row title = sheet.createRow(1);
        title.setHeightInPoints(TOP_ROWS[1]);
        text(title, 0, texts.title(), styles.title);
        merge(1, 1, 0, last);
        Row subtitle = sheet.createRow(2);
        // a long department name wraps in its line instead of widening the columns
        int subtitleWidth = ColumnWidths.total(widths) - (last == 0 ? 0 : widths[last]);
        subtitle.setHeightInPoints(Math.max(TOP_ROWS[2], LINE * TextWidth.lines(texts.subtitle(), subtitleWidth) + 5));
        text(subtitle, 0, texts.subtitle(), styles.subtitle);
        text(subtitle, last, texts.unitLine(), last == 0 ? styles.subtitle : styles.unitLine);
        merge(2, 2, 0, last - 1);
        int bodyRow = new HeaderRows(sheet, styles).write(template.columns(), template.headerDepth(), widths,
                HEADER_ROW);
        float height = TOP_ROWS[0] + TOP_ROWS[1] + TOP_ROWS[2];
        for (int r = HEADER_ROW; r < bodyRow; r++) {
            height += sheet.getRow(r).getHeightInPoints();
        }
        if (body.rowCount() == 0) {
            Row row = sheet.createRow(bodyRow);
            int lines = TextWidth.lines(texts.emptyStatement(), ColumnWidths.total(widths));
            row.setHeightInPoints(LINE * (lines + 1) + 6);
            height += row.getHeightInPoints();
            for (int c = 0; c <= last; c++) {
                text(row, c, c == 0 ? texts.emptyStatement() : null, styles.statement);
            }
            merge(bodyRow, bodyRow, 0, last);
        }
        float[] heights = RowHeights.of(template.leaves(), body, widths);
        for (int r = 0; r < body.rowCount(); r++) {
            writeRow(template, body, r, bodyRow).setHeightInPoints(heights[r]);
            height += heights[r];
        }
        mergeContinuations(template.leaves(), body, bodyRow);
        if (body.showsRoundingGap()) {
            height += note(bodyRow + body.rowCount(), texts.roundingNote());
        }
        sheet.createFreezePane(0, bodyRow);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, bodyRow - 1, -1, -1));
        PageSetup.apply(sheet, ColumnWidths.total(widths), height);
    }

    /** Writes a body row's cells. */
    private Row writeRow(TableTemplate template, TableBody body, int r, int firstRow) {
        List<ColumnSpec> leaves = template.leaves();
        TableRow source = body.row(r);
        boolean total = source.kind() == TableRow.Kind.TOTAL;
        Row row = sheet.createRow(firstRow + r);
        for (int c = 0; c < leaves.size(); c++) {
            ColumnSpec column = leaves.get(c);
            String text = body.text(r, c);
            if (CellText.tooLong(text)) {
                warnings.add(new ExportWarning(ExportWarning.Kind.CUT_TO_CELL, sheet.getSheetName() + "!"
                        + new CellReference(firstRow + r, c).formatAsString(false) + " " + column.header(),
                        text.codePointCount(0, text.length())));
            }
            BigDecimal number = body.number(r, c);
            if (number != null) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(total ? styles.amountBold : styles.amount);
                String formula = body.formula(r, c, firstRow);
                if (formula != null) {
                    cell.setCellFormula(formula);
                }
                cell.setCellValue(number.doubleValue());
            } else if (body.notPublished(r, c)) {
                text(row, c, text, total ? styles.amountBold : styles.amount); // “—”, aligned with the figures
            } else if (column.wrap()) {
                text(row, c, text, styles.wrapped);
            } else {
                text(row, c, text, style(column, source, total));
            }
        }
        return row;
    }

    private CellStyle style(ColumnSpec column, TableRow row, boolean total) {
        if (column.field().equals("code")) {
            return total ? styles.codeBold : styles.code;
        }
        if (total) {
            return styles.textBold;
        }
        return column.field().equals("name") ? styles.text(row.level()) : styles.text(0);
    }

    /**
     * Merges each column a continuing row leaves blank (a project's further indicators) with the cell of the row it
     * continues, so that the project's unit, name, amount and goals read as one block beside its indicators.
     */
    private void mergeContinuations(List<ColumnSpec> leaves, TableBody body, int firstRow) {
        for (ContinuedRows.Block block : ContinuedRows.of(body, leaves.size())) {
            for (int c = 0; c < leaves.size(); c++) {
                if (block.merged()[c]) {
                    merge(firstRow + block.first(), firstRow + block.last(), c, c);
                }
            }
        }
    }

    /** A string cell: text is never a formula, whatever it starts with (=, +, -, @). */
    static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(CellText.fit(text));
        }
    }

    /**
     * A note under the table, in its first cell, running on over the empty cells beside it (not merged: a reader of
     * the table, the importer among them, sees one text cell, not the same text in every column); returns its height.
     */
    private float note(int rowIndex, String text) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(ROW);
        text(row, 0, text, styles.note);
        return row.getHeightInPoints();
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow < lastRow || firstColumn < lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }
}
