package org.budgetdesk.audit;

/**
 * One paragraph (or heading) of the audited text.
 *
 * @param number  its position among the non-empty paragraphs, from 1
 * @param line    the line of the source text it starts on, from 1
 * @param text    as written
 * @param norm    the same text normalized one character for one (see {@link TextNormalizer})
 * @param level   1–3 for a heading, 0 for body text
 * @param section the headings it is under, “五、… / （三）…”; empty before the first heading
 */
public record Paragraph(int number, int line, String text, String norm, int level, String section) {

    public boolean isHeading() {
        return level > 0;
    }
}
