package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Breaks a long header into balanced lines, so 因公出国（境）费 prints as 因公出国 / （境）费 in every client rather than
 * wherever a client's font happens to run out of room. Lines break between words only (the words of budget headers
 * below; any other character is a word of its own), so 政府性基金预算拨款 prints as 政府性基金 / 预算拨款, never
 * 政府性基金预 / 算拨款; a word wider than the column keeps its line to itself. A line never starts with a closing
 * sign nor ends with an opening one.
 */
final class HeaderText {
    private static final String NO_LINE_START = "）)、，。：；”」";
    private static final String NO_LINE_END = "（(“「";
    /** The words headers are made of, longest first where one starts another. */
    private static final List<String> WORDS = List.of("政府性基金", "国有资本", "一般公共", "财政专户", "管理资金",
            "事业单位", "附属单位", "上级补助", "事业基金", "因公出国", "（境）费", "公务接待费", "公务用车", "运行维护费",
            "购置费", "运行费", "人员经费", "公用经费", "基本支出", "项目支出", "经营", "预算", "拨款", "收入", "支出",
            "结转", "上缴", "弥补", "收支", "差额", "其他", "事业", "上年", "本年", "当年", "合计", "小计", "金额",
            "科目", "编码", "名称", "单位", "项目", "指标", "绩效", "目标", "年度", "总体", "功能", "购置", "运行",
            "预算数", "一级", "二级", "三级", "指标值");

    private HeaderText() {
    }

    /**
     * The header in lines of about equal width, none wider than {@code width} digit widths (unless a closing sign
     * must stay with its line), joined by line breaks.
     */
    static String wrap(String header, int width) {
        int total = TextWidth.of(header);
        if (total <= width || width < 2) {
            return header;
        }
        int count = (total + width - 1) / width;
        int target = (total + count - 1) / count;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(header)) {
            int have = TextWidth.of(line.toString());
            boolean full = have >= target || have + TextWidth.of(word) > width;
            if (full && line.length() > 0 && NO_LINE_START.indexOf(word.charAt(0)) < 0
                    && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

    /** The header cut into words: the longest word of {@link #WORDS} at each place, else one character. */
    static List<String> words(String header) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            int at = i;
            String word = WORDS.stream().filter(candidate -> header.startsWith(candidate, at))
                    .max(Comparator.comparingInt(String::length)).orElse(header.substring(i, i + 1));
            words.add(word);
            i += word.length();
        }
        return words;
    }

    /** The width of the widest line of a wrapped header. */
    static int widest(String wrapped) {
        int widest = 0;
        for (String line : wrapped.split("\n", -1)) {
            widest = Math.max(widest, TextWidth.of(line));
        }
        return widest;
    }
}
