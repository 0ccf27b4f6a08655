package org.budgetdesk.audit;

import org.budgetdesk.check.Severity;

/**
 * A budget figure labelled with another year than the document's budget year (“2020年预算数为54.38万元” in a 2021
 * text, where nothing is compared), or a comparison with “the prior year” labelled with the budget year or later.
 * The budget year comes from the title, else from the year most budget figures are labelled with; a text without
 * one, or a final-accounts text (决算), is not checked. A year-labelled figure compared with the budget year's
 * (“2020年预算X万元，2021年预算Y万元”) is read as the prior-year figure, not as a slip.
 */
final class YearRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        TextDocument document = context.parsed.document();
        int year = document.budgetYear();
        if (year == 0 || document.finalAccounts()) {
            return;
        }
        for (Statement statement : context.parsed.statements()) {
            if (statement.year > 0 && statement.year != year && statement.budgetBasis) {
                context.add(FindingKind.YEAR, "", Severity.ERROR, statement, statement.current,
                        String.valueOf(statement.year), String.valueOf(year), statement.label);
            } else if (statement.prior != null && statement.priorYear >= year && statement.priorBudgetBasis) {
                context.add(FindingKind.YEAR, "prior", Severity.ERROR, statement, statement.prior,
                        String.valueOf(statement.priorYear), String.valueOf(year - 1), statement.label);
            }
        }
    }
}
