package org.budgetdesk.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Multi-level column headers: a parent header spans its columns on its own row; a leaf spans the rows down to the
 * body. Every cell of a merged area gets the header style, so the borders are drawn all round.
 */
final class HeaderRows {
    private final Sheet sheet;
    private final Styles styles;

    HeaderRows(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes the headers from {@code firstRow}; returns the first row after them. */
    int write(List<ColumnSpec> columns, int depth, int[] widths, int firstRow) {
        Row[] rows = new Row[depth];
        int[] lines = new int[depth];
        for (int level = 0; level < depth; level++) {
            rows[level] = sheet.createRow(firstRow + level);
            lines[level] = 1;
            for (int c = 0; c < widths.length; c++) {
                TableSheet.text(rows[level], c, null, styles.header);
            }
        }
        place(columns, 0, 0, depth, widths, rows, lines, firstRow);
        for (int level = 0; level < depth; level++) {
            rows[level].setHeightInPoints(TableSheet.LINE * lines[level] + 6);
        }
        return firstRow + depth;
    }

    private int place(List<ColumnSpec> columns, int level, int firstColumn, int depth, int[] widths, Row[] rows,
                      int[] lines, int firstRow) {
        int column = firstColumn;
        for (ColumnSpec spec : columns) {
            int span = spec.leaves().size();
            int width = 0;
            for (int c = column; c < column + span; c++) {
                width += widths[c];
            }
            String header = HeaderText.wrap(spec.header(), width - ColumnWidths.PADDING);
            rows[level].getCell(column).setCellValue(header);
            int lastLevel = spec.isLeaf() ? depth - 1 : level;
            int needed = header.split("\n", -1).length;
            int share = (needed + (lastLevel - level)) / (lastLevel - level + 1);
            for (int l = level; l <= lastLevel; l++) {
                lines[l] = Math.max(lines[l], share);
            }
            if (span > 1 || lastLevel > level) {
                sheet.addMergedRegion(new CellRangeAddress(firstRow + level, firstRow + lastLevel, column,
                        column + span - 1));
            }
            if (!spec.isLeaf()) {
                place(spec.children(), level + 1, column, depth, widths, rows, lines, firstRow);
            }
            column += span;
        }
        return column;
    }
}
