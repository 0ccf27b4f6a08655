package org.budgetdesk.audit.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF page wraps back into paragraphs: a line that runs to the usual width and does not end a
 * sentence continues on the next, unless that one starts a heading or a numbered item. Page numbers (“- 3 -”, “第3页”)
 * are dropped, and spaces a PDF puts between Chinese characters are removed.
 */
final class LineJoiner {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–\\s]*\\d{1,4}[-—–\\s]*$|^第\\s*\\d{1,4}\\s*页.*$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");
    private static final Pattern STARTS_ITEM = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、](?!\\d)"
                    + "|第[一二三四五六七八九十]+部分|附件|注[:：])");
    private static final Pattern CJK_SPACE = Pattern.compile(
            "(?<=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])[ \\t]+(?=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])");
    private static final String ENDS = "。！？；;”」）)";
    private static final String COLONS = "：:";

    private LineJoiner() {
    }

    static String join(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = CJK_SPACE.matcher(raw.strip()).replaceAll("");
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        int width = usualWidth(lines);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line);
            boolean last = i + 1 == lines.size();
            char end = line.charAt(line.length() - 1);
            // a line ending in a colon continues only when it runs to the margin: “其中：” closing a paragraph does not
            double needed = COLONS.indexOf(end) >= 0 ? 0.95 : 0.8;
            boolean wrapped = !last && width(line) >= width * needed && ENDS.indexOf(end) < 0
                    && !STARTS_ITEM.matcher(lines.get(i + 1)).find();
            if (!wrapped) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The width of a full line: the width most long lines have (the 80th percentile). */
    private static int usualWidth(List<String> lines) {
        if (lines.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int[] lengths = lines.stream().mapToInt(LineJoiner::width).toArray();
        Arrays.sort(lengths);
        return Math.max(10, lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.8))]);
    }

    /** A line's printed width: a Chinese character is two digits wide. */
    static int width(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            width += line.charAt(i) < '\u2e80' ? 1 : 2;
        }
        return width;
    }
}
