package org.budgetdesk.audit;

import java.util.List;

/**
 * Everything the parser read from a text: the document, its statements in reading order, the breakdowns, the
 * share lists with no stated total, and the paragraphs that explain rounding residues.
 */
public record ParsedText(TextDocument document, List<Statement> statements, List<Breakdown> breakdowns,
                         List<List<Statement>> shareLists, RoundingNotes notes) {

    public ParsedText {
        statements = List.copyOf(statements);
        breakdowns = List.copyOf(breakdowns);
        shareLists = List.copyOf(shareLists);
    }
}
