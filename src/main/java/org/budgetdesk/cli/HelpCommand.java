package org.budgetdesk.cli;

import java.util.List;

/** {@code help}, {@code --help}, {@code -h}: the usage and the exit codes, on standard output; no window. */
final class HelpCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) {
        context.out().println(context.messages().get("cli.usage"));
        context.out().println(context.messages().get("cli.help.exitCodes"));
        context.out().flush();
        return Cli.OK;
    }
}
