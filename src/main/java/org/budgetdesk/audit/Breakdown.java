package org.budgetdesk.audit;

import java.util.List;

/**
 * A total and the parts the text lists for it.
 *
 * @param partial true when the parts need not be all of it (主要为…, 含…, a list ending in 等): only a sum above the
 *                total is then a slip
 * @param how     how the text ties them: a list after 其中, a bracket, a 合计 after the parts, the paragraphs after a
 *                paragraph ending in 其中：, or parts named as the known parts of the total (the “三公” three)
 */
public record Breakdown(Statement total, List<Statement> parts, boolean partial, How how) {

    /** How a breakdown is written. */
    public enum How { LIST, BRACKETS, TOTAL_AFTER, PARAGRAPHS, COMPOSITION }

    public Breakdown {
        parts = List.copyOf(parts);
    }
}
