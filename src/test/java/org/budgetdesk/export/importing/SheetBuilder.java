package org.budgetdesk.export.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes hand-made sheets for the import tests: rows of strings, numbers and nulls (blank), merges, hidden rows. */
final class SheetBuilder {
    private final Sheet sheet;
    private int next;

    private SheetBuilder(Sheet sheet) {
        this.sheet = sheet;
    }

    static SheetBuilder sheet(Workbook workbook, String name) {
        return new SheetBuilder(workbook.createSheet(name));
    }

    /** The next row: a String is a text cell, a Number a number cell, null a blank. */
    SheetBuilder row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return this;
    }

    /** Merges a range of the rows written so far (0-based, inclusive). */
    SheetBuilder merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** Hides the last row written. */
    SheetBuilder hidden() {
        sheet.getRow(next - 1).setZeroHeight(true);
        return this;
    }

    static Path save(Workbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
