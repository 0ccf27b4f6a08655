package org.budgetdesk.cli;

import java.util.List;
import java.util.Optional;
import org.budgetdesk.model.Department;

/** {@code summary FILE [--json]}: the headline figures of the department (部门汇总). */
final class SummaryCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) {
        boolean json = arguments.contains("--json");
        List<String> files = arguments.stream().filter(arg -> !arg.equals("--json")).toList();
        for (String file : files) {
            if (file.startsWith("--")) {
                return context.usage(context.messages().format("cli.error.unknownCommand", file));
            }
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
