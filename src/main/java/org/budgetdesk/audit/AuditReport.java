package org.budgetdesk.audit;

import java.util.List;
import org.budgetdesk.check.Severity;

/**
 * The result of auditing one text: the budget year it was read as (0 when none could be told), how much was read,
 * and the findings in reading order.
 */
public record AuditReport(int budgetYear, int paragraphs, int statements, List<AuditFinding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
