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
    /** “1, 286.45”: a thousands separator a PDF spaced out. */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(\\d),\\s+(\\d{3})(?![\\d])");
    private static final String ENDS = "。！？；;”」）)";
    private static final String COLONS = "：:";

    private LineJoiner() {
    }

    static String join(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.replace("\r\n", "\n").replace('\r', '\n').split("\f")) {
            List<String> lines = new ArrayList<>();
            for (String raw : page.split("\n")) {
                String line = SPACED_THOUSANDS.matcher(CJK_SPACE.matcher(raw.strip()).replaceAll("")).replaceAll("$1,$2");
                if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                    lines.add(line);
                }
            }
            pages.add(lines);
        }
        List<String> lines = withoutRunningHeads(pages);
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

    /**
     * The lines of all pages but the running heads and feet: a first or last line of a page that, digits aside, is
     * the first or last line of at least three pages (“某某局2022年部门预算 第3页”).
     */
    private static List<String> withoutRunningHeads(List<List<String>> pages) {
        java.util.Map<String, Integer> edges = new java.util.HashMap<>();
        for (List<String> page : pages) {
            java.util.Set<String> own = new java.util.HashSet<>();
            if (!page.isEmpty()) {
                own.add(shape(page.get(0)));
                own.add(shape(page.get(page.size() - 1)));
            }
            own.forEach(edge -> edges.merge(edge, 1, Integer::sum));
        }
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i == 0 || i == page.size() - 1;
                if (!(edge && pages.size() >= 3 && edges.get(shape(page.get(i))) >= 3)) {
                    lines.add(page.get(i));
                }
            }
        }
        return lines;
    }

    private static String shape(String line) {
        return line.replaceAll("\\d+", "#");
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
