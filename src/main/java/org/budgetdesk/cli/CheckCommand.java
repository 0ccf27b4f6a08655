package org.budgetdesk.cli;

import java.util.List;
import java.util.Optional;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.model.Department;
import org.budgetdesk.readiness.DraftCheck;

/**
 * {@code check FILE [--json]}: the findings of the consistency checks, as text in the system language or as JSON
 * (keys in the README). Exit codes: 0 no error (warnings and notes allowed), 1 at least one error, 2 the file cannot
 * be read or the command line is wrong.
 */
final class CheckCommand implements CliCommand {
    static final int HAS_ERRORS = 1;

    @Override
    public int run(CliContext context, List<String> arguments) {
        CliContext.FilesAndJson parsed = CliContext.filesAndJson(arguments);
        boolean json = parsed.json();
        List<String> files = parsed.files();
        if (parsed.unknownOption() != null) {
            return context.usage(context.messages().format("cli.error.unknownCommand", parsed.unknownOption()),
                    "check.cli.usage");
        }
        if (files.size() != 1) {
            return context.usage(context.messages().get("cli.error.missingFile"), "check.cli.usage");
        }
        Optional<Department> department = context.load(files.get(0));
        if (department.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        List<Finding> findings = new DraftCheck().check(department.get());
        if (json) {
            context.out().print(CheckJson.render(department.get(), findings));
        } else {
            CheckText.write(context.out(), department.get(), findings, context.messages());  // line by line
        }
        context.out().flush();
        return Checker.hasErrors(findings) ? HAS_ERRORS : Cli.OK;
    }
}
