package org.budgetdesk.audit;

/** A sentence of a paragraph, up to its 。！？ (or the paragraph's end); {@code start}/{@code end} in the paragraph. */
public record Sentence(Paragraph paragraph, int start, int end) {

    public String text() {
        return paragraph.text().substring(start, end);
    }

    public String norm() {
        return paragraph.norm().substring(start, end);
    }
}
