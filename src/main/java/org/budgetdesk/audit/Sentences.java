package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at 。！？ (kept with the sentence they end), except inside brackets: a bracket
 * that closes with a full stop (…（A 100万元；B 400万元。）比上年…) does not end the sentence it stands in.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> split(Paragraph paragraph) {
        List<Sentence> sentences = new ArrayList<>();
        String norm = paragraph.norm();
        int start = 0;
        int depth = 0;
        int lastClose = Math.max(norm.lastIndexOf('）'), norm.lastIndexOf(')'));
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if ((c == '（' || c == '(') && i < lastClose) {   // a bracket nothing closes holds no full stop
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '！' || c == '？' || c == '!' || c == '?')) {
                sentences.add(new Sentence(paragraph, start, i + 1));
                start = i + 1;
            }
        }
        if (start < norm.length() && !norm.substring(start).isBlank()) {
            sentences.add(new Sentence(paragraph, start, norm.length()));
        }
        return sentences;
    }
}
