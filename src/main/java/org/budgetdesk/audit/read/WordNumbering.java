package org.budgetdesk.audit.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word shows before automatically numbered paragraphs, which are not in their text: counted per list and
 * level, formatted by the level's pattern (“%1、”, “（%1）”, “%1.”) in Chinese or Arabic numerals. Lists are taken to
 * start at 1; a format other than these gives no number.
 */
final class WordNumbering {
    private static final String DIGITS = "零一二三四五六七八九";
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        BigInteger levelNumber = paragraph.getNumIlvl();
        String pattern = paragraph.getNumLevelText();
        if (list == null || pattern == null || pattern.isBlank()) {
            return "";
        }
        int level = levelNumber == null ? 0 : Math.min(8, levelNumber.intValue());
        int[] counts = counters.computeIfAbsent(list, k -> new int[9]);
        counts[level]++;
        for (int deeper = level + 1; deeper < counts.length; deeper++) {
            counts[deeper] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int which = pattern.charAt(++i) - '1';
                int count = which >= 0 && which < counts.length ? Math.max(1, counts[which]) : 1;
                String number = which == level ? format(count, format) : String.valueOf(count);
                if (number == null) {
                    return "";
                }
                out.append(number);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(int n, String format) {
        if (format.startsWith("decimal")) {
            return String.valueOf(n);
        }
        if (format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("japaneseCounting")) {
            return chinese(n);
        }
        return null;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                    + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        return String.valueOf(n);
    }
}
