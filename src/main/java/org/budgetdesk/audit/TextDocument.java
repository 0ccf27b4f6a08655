package org.budgetdesk.audit;

import java.util.List;

/**
 * The audited text split into paragraphs with their headings, and the budget year it is about (0 when it cannot be
 * told; years are then not checked).
 *
 * @param finalAccounts true for a final-accounts document (决算), whose years are not those of a budget
 */
public record TextDocument(List<Paragraph> paragraphs, int budgetYear, boolean finalAccounts) {

    public TextDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
