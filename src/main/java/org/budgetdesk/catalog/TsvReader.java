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
     * Reads all data rows. A row may leave out trailing columns from {@code minColumns} on (editors trim
     * trailing tabs), never have more columns than the header.
     */
    static List<Row> read(Reader source, String fileName, List<String> header, int minColumns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
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
                    checkHeader(fields, header, fileName, lineNumber);
                    headerSeen = true;
                    continue;
                }
                if (fields.size() < minColumns || fields.size() > header.size()) {
                    throw new CatalogException(fileName, lineNumber, "expected " + columns(minColumns, header)
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

    private static void checkHeader(List<String> fields, List<String> header, String fileName, int line) {
        List<String> lower = fields.stream().map(String::toLowerCase).toList();
        if (!lower.equals(header)) {
            throw new CatalogException(fileName, line, "expected the header " + String.join("\\t", header)
                    + ", found " + String.join("\\t", fields));
        }
    }

    private static String columns(int minColumns, List<String> header) {
        return minColumns == header.size() ? String.valueOf(minColumns) : minColumns + " to " + header.size();
    }
}
