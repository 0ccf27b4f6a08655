package org.budgetdesk.cli;

import org.budgetdesk.audit.AuditFinding;
import org.budgetdesk.audit.AuditReport;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;

/** An audit as text for a terminal: the counts first, then one line per finding, in the messages' language. */
final class AuditText {
    private AuditText() {
    }

    static String render(String file, AuditReport report, Messages messages) {
        StringBuilder out = new StringBuilder();
        long errors = report.count(Severity.ERROR);
        long infos = report.count(Severity.INFO);
        out.append(report.budgetYear() > 0
                ? messages.format("audit.cli.heading", file, String.valueOf(report.budgetYear()),
                        report.paragraphs(), report.statements(), errors, infos)
                : messages.format("audit.cli.heading.noYear", file, report.paragraphs(), report.statements(),
                        errors, infos)).append('\n');
        if (report.findings().isEmpty()) {
            out.append(messages.get("audit.cli.none")).append('\n');
        }
        for (AuditFinding finding : report.findings()) {
            out.append(messages.format("audit.cli.line", messages.of(finding.severity()), finding.message(messages)))
                    .append('\n');
        }
        return out.toString();
    }
}
