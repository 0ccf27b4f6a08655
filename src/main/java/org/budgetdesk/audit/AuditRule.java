package org.budgetdesk.audit;

/** One check of the text audit; it adds its findings to the context. */
interface AuditRule {
    void check(AuditContext context);
}
