package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What one cell holds, read without going through {@code double} arithmetic: a number cell becomes the shortest
 * decimal that Excel shows for it (as {@link NumberToTextConverter} does), a formula its cached result.
 *
 * @param text    the cell's text (a number's decimal form for a number cell); "" when blank
 * @param number  the number of a numeric cell or formula result, else null
 * @param problem a message key when the cell cannot be read at all (an error value, a formula with no result)
 */
record CellContent(String text, BigDecimal number, String problem) {
    static final CellContent BLANK = new CellContent("", null, null);

    static CellContent of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return new CellContent("", null, "import.problem.formulaWithoutValue");
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> new CellContent(cell.getStringCellValue(), null, null);
            case BOOLEAN -> new CellContent(String.valueOf(cell.getBooleanCellValue()), null, null);
            case ERROR -> new CellContent("", null, "import.problem.errorValue");
            default -> BLANK;
        };
    }

    private static CellContent number(double value) {
        String text = NumberToTextConverter.toText(value);
        return new CellContent(text, new BigDecimal(text), null);
    }

    boolean isBlank() {
        return number == null && problem == null && text.isBlank();
    }

    /** The text with spaces removed and full-width forms made plain. */
    String plain() {
        return AmountText.normalise(text);
    }
}
