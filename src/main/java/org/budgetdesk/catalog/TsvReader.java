package org.budgetdesk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the small tab-separated files of this package: UTF-8, blank lines and lines starting with
 * {@code #} ignored, the first other line a header that must name the expected columns.
 */
final class TsvReader {

    /** One data line: its 1-based line number in the file and its trimmed fields. */
    record Row(int line, List<String> fields) {
    }

    private TsvReader() {
    }

    /**
     * Reads all data rows. The header names the expected columns, or the first of them down to
     * {@code minColumns} (a file may leave out optional columns at the end). A row may leave out trailing
     * columns from {@code minColumns} on (editors trim trailing tabs), never have more columns than its header.
     */
    static List<Row> read(Reader source, String fileName, List<String> header, int minColumns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int columns = header.size();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                if (!headerSeen) {
                    columns = checkHeader(fields, header, minColumns, fileName, lineNumber);
                    headerSeen = true;
                    continue;
                }
                if (fields.size() < minColumns || fields.size() > columns) {
                    throw new CatalogException(fileName, lineNumber, "expected " + columns(minColumns, columns)
                            + " tab-separated columns, found " + fields.size());
                }
                rows.add(new Row(lineNumber, fields));
            }
        } catch (IOException e) {
            throw new CatalogException(fileName, "cannot be read", e);
        }
        if (!headerSeen) {
            throw new CatalogException(fileName, lineNumber, "no header line " + String.join("\\t", header));
        }
        return rows;
    }

    /** Checks the header line and returns how many columns it names. */
    private static int checkHeader(List<String> fields, List<String> header, int minColumns, String fileName,
                                   int line) {
        List<String> lower = fields.stream().map(field -> field.toLowerCase(java.util.Locale.ROOT)).toList();
        while (!lower.isEmpty() && lower.get(lower.size() - 1).isEmpty()) {
            lower = lower.subList(0, lower.size() - 1);
        }
        if (lower.size() < minColumns || lower.size() > header.size()
                || !lower.equals(header.subList(0, lower.size()))) {
            throw new CatalogException(fileName, line, "expected the header " + String.join("\\t", header)
                    + ", found " + String.join("\\t", fields));
        }
        return lower.size();
    }

    private static String columns(int minColumns, int columns) {
        return minColumns == columns ? String.valueOf(minColumns) : minColumns + " to " + columns;
    }
}
