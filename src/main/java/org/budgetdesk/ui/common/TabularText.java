package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The clipboard format spreadsheets use for a block of cells: rows separated by line breaks, cells by tabs, a cell
 * with a tab, quote or line break wrapped in double quotes (doubled inside). Excel, WPS and LibreOffice all
 * read and write it.
 */
public final class TabularText {
    private TabularText() {
    }

    /** Splits a copied block into rows of cells; a final line break does not add an empty row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Writes rows of cells as a block a spreadsheet pastes back cell by cell. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                if (column > 0) {
                    out.append('\t');
                }
                out.append(quoteIfNeeded(row.get(column)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quoteIfNeeded(String cell) {
        if (cell.indexOf('\t') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('"') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
