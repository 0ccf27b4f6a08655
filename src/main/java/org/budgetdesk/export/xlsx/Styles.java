package org.budgetdesk.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook, made once (a workbook holds at most 64,000). Body text is 宋体 (SimSun), headings
 * 黑体 (SimHei), as Chinese government tables print; a client without them substitutes its own Chinese font.
 */
final class Styles {
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final short BODY_POINTS = 11;
    static final short TITLE_POINTS = 16;
    static final String AMOUNT_FORMAT = "#,##0.00";
    /** Indentation levels of names (类, 款, 项). */
    static final int LEVELS = 3;

    final CellStyle number;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle unitLine;
    final CellStyle header;
    final CellStyle code;
    final CellStyle codeBold;
    final CellStyle[] text = new CellStyle[LEVELS];
    final CellStyle textBold;
    final CellStyle wrapped;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle statement;
    /** A note under a table: plain, left, running on over the empty cells to its right. */
    final CellStyle note;

    Styles(Workbook workbook) {
        Font body = font(workbook, BODY_FONT, BODY_POINTS, false);
        Font bold = font(workbook, BODY_FONT, BODY_POINTS, true);
        Font heading = font(workbook, HEADING_FONT, TITLE_POINTS, true);
        workbook.getFontAt(0).setFontName(BODY_FONT);
        workbook.getFontAt(0).setFontHeightInPoints(BODY_POINTS);

        number = plain(workbook, bold, HorizontalAlignment.LEFT);
        title = plain(workbook, heading, HorizontalAlignment.CENTER);
        subtitle = plain(workbook, body, HorizontalAlignment.LEFT);
        subtitle.setWrapText(true);
        unitLine = plain(workbook, body, HorizontalAlignment.RIGHT);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        code = bordered(workbook, body, HorizontalAlignment.LEFT);
        code.setDataFormat(workbook.createDataFormat().getFormat("@"));
        codeBold = bordered(workbook, bold, HorizontalAlignment.LEFT);
        for (int level = 0; level < LEVELS; level++) {
            text[level] = bordered(workbook, body, HorizontalAlignment.LEFT);
            text[level].setIndention((short) level);
        }
        textBold = bordered(workbook, bold, HorizontalAlignment.CENTER);
        wrapped = bordered(workbook, body, HorizontalAlignment.LEFT);
        wrapped.setWrapText(true);
        short amountFormat = workbook.createDataFormat().getFormat(AMOUNT_FORMAT);
        amount = bordered(workbook, body, HorizontalAlignment.RIGHT);
        amount.setDataFormat(amountFormat);
        amountBold = bordered(workbook, bold, HorizontalAlignment.RIGHT);
        amountBold.setDataFormat(amountFormat);
        statement = bordered(workbook, body, HorizontalAlignment.CENTER);
        statement.setWrapText(true);
        note = plain(workbook, body, HorizontalAlignment.LEFT);
    }

    /** The style of a name at an indentation level. */
    CellStyle text(int level) {
        return text[Math.min(level, LEVELS - 1)];
    }

    private static Font font(Workbook workbook, String name, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle plain(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = plain(workbook, font, alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
