package org.budgetdesk.cli;

import java.util.List;
import java.util.Optional;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.DraftComparison;
import org.budgetdesk.model.Department;

/**
 * {@code diff A.budget B.budget [--json]}: every entered figure and text that differs from draft A to draft B,
 * grouped by section. Exit codes: 0 the drafts are equal, 1 they differ, 2 a file cannot be read or the command
 * line is wrong (as {@code diff(1)} does).
 */
final class DiffCommand implements CliCommand {
    static final int DIFFERENT = 1;

    @Override
    public int run(CliContext context, List<String> arguments) {
        CliContext.FilesAndJson parsed = CliContext.filesAndJson(arguments);
        boolean json = parsed.json();
        List<String> files = parsed.files();
        if (parsed.unknownOption() != null) {
            return context.usage(context.messages().format("cli.error.unknownCommand", parsed.unknownOption()),
                    "cli.diff.usage");
        }
        if (files.size() != 2) {
            return context.usage(context.messages().get("cli.diff.twoFiles"), "cli.diff.usage");
        }
        Optional<Department> before = context.load(files.get(0));
        if (before.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        Optional<Department> after = context.load(files.get(1));
        if (after.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        Comparison comparison = DraftComparison.compare(before.get(), after.get());
        context.out().print(json ? DiffJson.render(comparison, files.get(0), files.get(1), context.messages())
                : DiffText.render(comparison, files.get(0), files.get(1), context.messages()));
        context.out().flush();
        return comparison.isEmpty() ? Cli.OK : DIFFERENT;
    }
}
