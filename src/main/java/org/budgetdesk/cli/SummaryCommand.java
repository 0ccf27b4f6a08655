package org.budgetdesk.cli;

import java.util.List;
import java.util.Optional;
import org.budgetdesk.model.Department;

/** {@code summary FILE [--json]}: the headline figures of the department (部门汇总). */
final class SummaryCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) {
        CliContext.FilesAndJson parsed = CliContext.filesAndJson(arguments);
        boolean json = parsed.json();
        List<String> files = parsed.files();
        if (parsed.unknownOption() != null) {
            return context.usage(context.messages().format("cli.error.unknownCommand", parsed.unknownOption()));
        }
        if (files.size() != 1) {
            return context.usage(context.messages().get("cli.error.missingFile"));
        }
        Optional<Department> department = context.load(files.get(0));
        if (department.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        Summary summary = Summary.of(department.get());
        context.out().print(json ? SummaryJson.render(summary) : SummaryText.render(summary, context.messages()));
        context.out().flush();
        return Cli.OK;
    }
}
