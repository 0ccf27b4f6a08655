package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences at 。！？ (kept with the sentence they end). */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> split(Paragraph paragraph) {
        List<Sentence> sentences = new ArrayList<>();
        String norm = paragraph.norm();
        int start = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
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
