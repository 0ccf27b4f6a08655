package org.budgetdesk.audit;

import org.budgetdesk.check.Severity;

/**
 * A budget figure labelled with another year than the document's budget year (“2020年预算数为54.38万元” in a 2021
 * text, where nothing is compared), or a comparison with “the prior year” labelled with the budget year or later.
 * The budget year comes from the title, else from the year most budget figures are labelled with; a text without
 * one, or a final-accounts text (决算), is not checked. A year-labelled figure compared with the budget year's
 * (“2020年预算X万元，2021年预算Y万元”) is read as the prior-year figure, not as a slip. Only a lone figure is a
 * slip: the other year labels no other budget figure, the budget year labels at least two, and its sentence is not
 * about how a budget was carried out (执行, 完成, 决算) — a text may report on last year's budget on purpose.
 */
final class YearRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        TextDocument document = context.parsed.document();
        int year = document.budgetYear();
        if (year == 0 || document.finalAccounts()) {
            return;
        }
        java.util.Map<Integer, Long> labelled = new java.util.HashMap<>();
        for (Statement statement : context.parsed.statements()) {
            if (statement.year > 0 && statement.budgetBasis) {
                labelled.merge(statement.year, 1L, Long::sum);
            }
        }
        for (Statement statement : context.parsed.statements()) {
            if (statement.year > 0 && statement.year != year && statement.budgetBasis
                    && labelled.get(statement.year) == 1 && labelled.getOrDefault(year, 0L) >= 2
                    && !aboutExecution(context, statement)) {
                context.add(FindingKind.YEAR, "", Severity.ERROR, statement, statement.current,
                        String.valueOf(statement.year), String.valueOf(year), statement.label);
            } else if (statement.prior != null && statement.priorYear >= year && statement.priorBudgetBasis) {
                context.add(FindingKind.YEAR, "prior", Severity.ERROR, statement, statement.prior,
                        String.valueOf(statement.priorYear), String.valueOf(year - 1), statement.label);
            }
        }
    }

    /** The words before the figure, or the headings it is under, say that a budget was carried out. */
    private static boolean aboutExecution(AuditContext context, Statement statement) {
        String before = statement.sentence.norm().substring(0, statement.current.start());
        return context.cues.execution.matcher(before).find()
                || context.cues.execution.matcher(statement.paragraph().section()).find();
    }
}
