package org.budgetdesk.export.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.importing.ImportSheet;

/**
 * A CSV or text file as one sheet. The characters: UTF-8 with or without a byte-order mark, UTF-16 with its mark
 * (Excel's “Unicode text”), else GBK — what Excel on a Chinese Windows writes as “CSV” — read as GB18030, which
 * contains it. The separator: tab, comma or semicolon, whichever splits the lines most evenly, or none (one cell per
 * line, “2010101 行政运行”). Quoted fields may hold separators, doubled quotes and line breaks.
 */
final class TextTables {
    private static final Charset GBK = Charset.forName("GB18030");
    private static final char[] SEPARATORS = {'\t', ',', ';'};

    private TextTables() {
    }

    static ImportSheet read(byte[] bytes, String name) {
        String text = decode(bytes);
        char separator = separator(text);
        return new ImportSheet(name, parse(text, separator));
    }

    /** The text in the charset the bytes are in (see the class comment). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GBK);
        }
    }

    /** The separator that appears on the most lines the same number of times (at least once), or 0 for none. */
    static char separator(String text) {
        String[] lines = text.split("\r\n|\n|\r", 200);
        char best = 0;
        int bestLines = 0;
        for (char separator : SEPARATORS) {
            Map<Integer, Integer> linesPerCount = new HashMap<>();
            for (String line : lines) {
                int count = (int) line.chars().filter(c -> c == separator).count();
                if (count > 0) {
                    linesPerCount.merge(count, 1, Integer::sum);
                }
            }
            int most = linesPerCount.values().stream().max(Integer::compare).orElse(0);
            if (most > bestLines) {
                best = separator;
                bestLines = most;
            }
        }
        return best;
    }

    /** Splits the text into rows of fields, RFC 4180 quoting; separator 0 gives one field per line. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart && separator != 0) {
                quoted = true;
                atFieldStart = false;
            } else if (separator != 0 && c == separator) {
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
