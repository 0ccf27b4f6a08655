package org.budgetdesk.ui.audit;

import org.budgetdesk.check.Severity;

/** One finding as the dialog lists it: severity, kind, where, and the full explanation with the quoted sentence. */
public record AuditRow(Severity severity, String kind, String where, String message) {
}
