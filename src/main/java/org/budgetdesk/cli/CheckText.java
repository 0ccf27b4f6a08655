package org.budgetdesk.cli;

import java.io.PrintStream;
import java.util.List;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;

/** The findings as text for a terminal, one line each, in the messages' language, with the counts first. */
final class CheckText {
    private CheckText() {
    }

    static void write(PrintStream out, Department department, List<Finding> findings, Messages messages) {
        out.append(messages.format("check.cli.heading", department.name().get(),
                String.valueOf(department.budgetYear().get()),
                CheckJson.count(findings, Severity.ERROR), CheckJson.count(findings, Severity.WARNING),
                CheckJson.count(findings, Severity.INFO))).append('\n');
        if (findings.isEmpty()) {
            out.append(messages.get("check.cli.none")).append('\n');
        }
        for (Finding finding : findings) {
            Location at = finding.location();
            String unit = at.isConsolidated() ? messages.get("check.consolidated") : at.unitName();
            String code = at.code() == null ? "" : " · " + at.code();
            out.append(messages.format("check.cli.line", messages.of(finding.severity()), finding.rule(),
                    messages.of(at.section()), unit, code,
                    finding.message(messages.locale()))).append('\n');
        }
    }
}
