package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of the first table in the HTML a spreadsheet puts on the clipboard (LibreOffice Calc, Excel and
 * WPS offer it beside, or instead of, tab-separated text): each cell's text as shown, line breaks kept, a merged
 * cell followed by empty ones for the columns it spans.
 */
public final class HtmlTable {
    private static final Pattern TABLE = Pattern.compile("(?is)<table\\b.*?(</table\\s*>|$)");
    private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?=<tr\\b|</table|$)");
    private static final Pattern CELL = Pattern.compile("(?is)<t([dh])\\b([^>]*)>(.*?)(?=<t[dh]\\b|</tr|$)");
    private static final Pattern SPAN = Pattern.compile("(?i)colspan\\s*=\\s*\"?(\\d+)");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final int MAX_SPAN = 100;

    private HtmlTable() {
    }

    /** The rows of cells of the first table; empty when the HTML holds none. */
    public static List<List<String>> parse(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher table = TABLE.matcher(html);
        if (!table.find()) {
            return rows;
        }
        Matcher row = ROW.matcher(table.group());
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(3)));
                Matcher span = SPAN.matcher(cell.group(2));
                int extra = span.find() ? Math.min(Integer.parseInt(span.group(1)), MAX_SPAN) - 1 : 0;
                for (int i = 0; i < extra; i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell's text: tags dropped, white space collapsed as a browser does, line breaks kept, entities decoded. */
    private static String text(String cellHtml) {
        String withBreaks = BREAK.matcher(cellHtml.replaceAll("(?i)</t[dh]\\s*>", "")).replaceAll("\u0000");
        String plain = TAG.matcher(withBreaks).replaceAll("").replaceAll("[ \\t\\r\\n]+", " ");
        StringBuilder out = new StringBuilder();
        for (String line : decode(plain).split("\u0000", -1)) {
            if (out.length() > 0 || !line.isBlank()) {
                out.append(out.length() > 0 ? "\n" : "").append(line.strip());
            }
        }
        return out.toString().strip();
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1), entity.group())));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String character(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notACharacter) {
            return whole;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
