package org.budgetdesk.audit;

/**
 * Where a finding is: the headings it is under, the paragraph's number (from 1, headings counted) and its line.
 */
public record TextLocation(String section, int paragraph, int line) {

    static TextLocation of(Paragraph paragraph) {
        return new TextLocation(paragraph.section(), paragraph.number(), paragraph.line());
    }
}
