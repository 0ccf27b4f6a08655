package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into paragraphs (one per line), tells headings from body text by their numbering (一、 / 1、,
 * （一） / （1）, 1.) and length, and finds the budget year: from the title, else the year most often named with a
 * budget figure.
 */
final class DocumentParser {
    private static final int HEADING_MAX = 40;
    private static final Pattern YEAR_WITH_BUDGET = Pattern.compile("(20\\d\\d)\\s*年[^，。；0-9]{0,12}?预算");
    private final Pattern[] levels;
    private final Pattern titleYear;
    private final Pattern titleFinal;
    private final Pattern figure;

    DocumentParser(AuditPatterns patterns) {
        levels = new Pattern[] {
            patterns.compile("^\\s*{heading.level1}"),
            patterns.compile("^\\s*{heading.level2}"),
            patterns.compile("^\\s*{heading.level3}")};
        titleYear = patterns.compile("{title.year}");
        titleFinal = patterns.compile("{title.final}");
        figure = Pattern.compile("\\d\\s*(?:亿元|万元|千元|元|%)");
    }

    TextDocument parse(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String[] headings = new String[3];
        int number = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripEnds(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String norm = TextNormalizer.normalize(line);
            int level = headingLevel(norm);
            if (level > 0) {
                headings[level - 1] = line.strip();
                for (int deeper = level; deeper < 3; deeper++) {
                    headings[deeper] = null;
                }
            }
            number++;
            paragraphs.add(new Paragraph(number, i + 1, line, norm, level, section(headings, level)));
        }
        int year = 0;
        boolean finalAccounts = false;
        for (Paragraph paragraph : paragraphs.subList(0, Math.min(4, paragraphs.size()))) {
            if (paragraph.isHeading()) {
                break;
            }
            Matcher m = titleYear.matcher(paragraph.norm());
            if (m.find() && year == 0) {
                year = Integer.parseInt(m.group(1));
            }
            finalAccounts |= titleFinal.matcher(paragraph.norm()).find();
        }
        if (year == 0) {
            year = mostNamedBudgetYear(paragraphs);
        }
        return new TextDocument(paragraphs, year, finalAccounts);
    }

    private int headingLevel(String norm) {
        String body = norm.strip();
        if (body.length() > HEADING_MAX || figure.matcher(body).find()) {
            return 0;
        }
        for (int level = 0; level < levels.length; level++) {
            Matcher m = levels[level].matcher(body);
            if (m.find()) {
                String rest = body.substring(m.end()).strip();
                if (rest.isEmpty()) {
                    return 0;
                }
                // a numbered sentence (1.宣传并贯彻执行…。) is body text; level-3 headings carry no full stop at all
                boolean sentence = rest.indexOf('。') >= 0 && rest.indexOf('。') < rest.length() - 1;
                if (sentence || (level == 2 && (rest.endsWith("。") || rest.length() > 25))) {
                    return 0;
                }
                return level + 1;
            }
        }
        return 0;
    }

    private static String section(String[] headings, int ownLevel) {
        List<String> parts = new ArrayList<>();
        for (int level = 0; level < headings.length; level++) {
            if (headings[level] != null && (ownLevel == 0 || level < ownLevel)) {
                parts.add(headings[level]);
            }
        }
        return String.join(" / ", parts);
    }

    private static int mostNamedBudgetYear(List<Paragraph> paragraphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Paragraph paragraph : paragraphs) {
            Matcher m = YEAR_WITH_BUDGET.matcher(paragraph.norm());
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        int total = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            total += entry.getValue();
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        // a clear majority only: a text that names two years as often says nothing about which is its own
        return bestCount * 2 > total ? best : 0;
    }

    /** Drops surrounding blanks (ASCII, ideographic and no-break spaces) and a byte-order mark. */
    private static String stripEnds(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && blank(line.charAt(start))) {
            start++;
        }
        while (end > start && blank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }
}
