package org.budgetdesk.export.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet as a reader sees it: each cell a text, a number rounded to two decimals as shown, or null. Made from a
 * sheet read back with POI (numbers from the stored values) or from LibreOffice's CSV (numbers as shown).
 */
record Grid(String name, List<List<Object>> rows) {
    private static final Pattern SHOWN_NUMBER = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");

    static Grid of(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(value(row.getCell(c)));
            }
            rows.add(cells);
        }
        return new Grid(sheet.getSheetName(), rows);
    }

    static Grid ofCsv(String name, Path csv) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> fields : Csv.parse(Files.readString(csv, StandardCharsets.UTF_8))) {
            List<Object> cells = new ArrayList<>();
            for (String field : fields) {
                cells.add(field.isEmpty() ? null
                        : SHOWN_NUMBER.matcher(field).matches() ? new BigDecimal(field.replace(",", "")) : field);
            }
            rows.add(cells);
        }
        return new Grid(name, rows);
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            default -> null;
        };
    }

    Object cell(int row, int column) {
        List<Object> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The first row whose cell in the column is this text. */
    int rowOf(int column, String text) {
        for (int r = 0; r < rows.size(); r++) {
            if (text.equals(cell(r, column))) {
                return r;
            }
        }
        throw new AssertionError(name + ": no row with “" + text + "” in column " + column);
    }

    /** The column of the first cell (row by row) that holds this text. */
    int columnOf(String text) {
        for (List<Object> cells : rows) {
            if (cells.contains(text)) {
                return cells.indexOf(text);
            }
        }
        throw new AssertionError(name + ": no cell with “" + text + "”");
    }

    /** Whether any cell holds this text. */
    boolean contains(String text) {
        return rows.stream().anyMatch(cells -> cells.contains(text));
    }

    /** How many cells hold numbers. */
    long numberCount() {
        return rows.stream().flatMap(List::stream).filter(BigDecimal.class::isInstance).count();
    }
}
