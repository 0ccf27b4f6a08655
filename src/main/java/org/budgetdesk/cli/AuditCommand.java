package org.budgetdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.audit.AuditReport;
import org.budgetdesk.audit.Auditor;
import org.budgetdesk.audit.read.AuditSources;
import org.budgetdesk.audit.read.UnreadableTextException;
import org.budgetdesk.model.Department;

/**
 * {@code audit FILE [--project P.budget] [--json]}: the slips of an explanation text (.txt, .docx, .pdf with a text
 * layer), and with a project the figures that differ from it; text in the system language or JSON (keys in the
 * README). Exit codes: 0 nothing found, 1 findings, 2 a file cannot be read or the command line is wrong.
 */
final class AuditCommand implements CliCommand {
    static final int HAS_FINDINGS = 1;
    private static final String USAGE = "audit.cli.usage";

    @Override
    public int run(CliContext context, List<String> arguments) {
        boolean json = false;
        String project = null;
        String file = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--json")) {
                json = true;
            } else if (argument.equals("--project")) {
                if (i + 1 >= arguments.size()) {
                    return context.usage(context.messages().format("cli.error.missingValue", argument), USAGE);
                }
                project = arguments.get(++i);
            } else if (argument.startsWith("--") || file != null) {
                return context.usage(context.messages().format("cli.error.unknownCommand", argument), USAGE);
            } else {
                file = argument;
            }
        }
        if (file == null) {
            return context.usage(context.messages().get("audit.cli.missingFile"), USAGE);
        }
        Department department = null;
        if (project != null) {
            Optional<Department> loaded = context.load(project);
            if (loaded.isEmpty()) {
                return Cli.CANNOT_READ;
            }
            department = loaded.get();
        }
        String text;
        try {
            text = AuditSources.read(Path.of(file));
        } catch (UnreadableTextException e) {
            context.err().println(context.messages().format(e.key(), e.detail()));
            return Cli.CANNOT_READ;
        }
        AuditReport report = new Auditor().audit(text, department);
        context.out().print(json ? AuditJson.render(file, report) : AuditText.render(file, report, context.messages()));
        context.out().flush();
        return report.findings().isEmpty() ? Cli.OK : HAS_FINDINGS;
    }
}
