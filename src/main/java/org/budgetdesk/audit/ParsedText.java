package org.budgetdesk.audit;

import java.util.List;

/**
 * Everything the parser read from a text: the document, its statements in reading order, the breakdowns, the
 * share lists with no stated total, the shares stated without amounts (per sentence), and the paragraphs that
 * explain rounding residues.
 */
public record ParsedText(TextDocument document, List<Statement> statements, List<Breakdown> breakdowns,
                         List<List<Statement>> shareLists, List<List<Statement>> shareOnly,
                         RoundingNotes notes) {

    public ParsedText {
        statements = List.copyOf(statements);
        breakdowns = List.copyOf(breakdowns);
        shareLists = List.copyOf(shareLists);
        shareOnly = List.copyOf(shareOnly);
    }
}
