package org.budgetdesk.export.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetdesk.catalog.importing.ImportSheet;
import org.budgetdesk.export.common.OfficeLibrary;

/**
 * Reads a file holding a classification list into text cells, one {@link ImportSheet} per sheet (a CSV or text file
 * is one sheet named after the file): .xlsx streamed ({@link XlsxSheets}), .xls through POI's HSSF workbook. Cells read as the file shows them: a number with its format (款 “01”), a formula
 * by its stored result. The kind of file is told by its first bytes, not its name, so a .xls saved as .xlsx (or a
 * CSV named .xls) is still read.
 */
public final class CodeListFiles {
    /** Larger files are refused unread: a classification list is a few hundred kilobytes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private CodeListFiles() {
    }

    /** The extensions the import offers in its file chooser. */
    public static List<String> extensions() {
        return List.of("xlsx", "xls", "csv", "txt");
    }

    /**
     * Reads a file.
     *
     * @throws CodeListFileException when the file cannot be read, is too large or is not a spreadsheet or text
     */
    public static List<ImportSheet> read(Path file) throws CodeListFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CodeListFileException(CodeListFileException.Kind.TOO_LARGE, file, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CodeListFileException(CodeListFileException.Kind.UNREADABLE, file, e);
        }
        if (startsWith(bytes, ZIP)) {
            OfficeLibrary.prepare();
            try {
                return XlsxSheets.read(bytes);
            } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                     | IOException | RuntimeException e) {
                throw new CodeListFileException(CodeListFileException.Kind.NOT_A_WORKBOOK, file, e);
            }
        }
        if (startsWith(bytes, OLE2)) {
            return workbook(file, bytes);
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            throw new CodeListFileException(CodeListFileException.Kind.NOT_A_WORKBOOK, file, null);
        }
        return List.of(TextTables.read(bytes, name));
    }

    private static List<ImportSheet> workbook(Path file, byte[] bytes) throws CodeListFileException {
        OfficeLibrary.prepare();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<ImportSheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(new ImportSheet(sheet.getSheetName(), rows(sheet, formatter)));
            }
            return sheets;
        } catch (EncryptedDocumentException e) {
            throw new CodeListFileException(CodeListFileException.Kind.ENCRYPTED, file, e);
        } catch (IOException | RuntimeException e) {
            throw new CodeListFileException(CodeListFileException.Kind.NOT_A_WORKBOOK, file, e);
        }
    }

    private static List<List<String>> rows(Sheet sheet, DataFormatter formatter) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            while (rows.size() < row.getRowNum()) {
                rows.add(List.of());
            }
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                cells.add(text(row.getCell(column), formatter));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell as shown: formatted numbers, and for a formula its stored result (never the formula's text). */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
