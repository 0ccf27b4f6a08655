package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/** What one sentence says, as {@link SentenceReader} reads it. */
final class SentenceResult {
    final List<Statement> statements = new ArrayList<>();
    final List<Breakdown> breakdowns = new ArrayList<>();
    /** Shares given with a label and no amount (基本支出占69.67%). */
    final List<Statement> shareOnly = new ArrayList<>();
    /** A total whose 其中 list has no part in this sentence (the parts follow in the next paragraphs). */
    Statement openParent;
    boolean openPartial;
}
