package org.budgetdesk.cli;

import java.util.List;

/** {@code --version}: the program's version, from the jar's manifest ({@code dev} when run from classes). */
final class VersionCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) {
        String version = Cli.class.getPackage().getImplementationVersion();
        context.out().println("BudgetDesk " + (version == null ? "dev" : version) + " (Java "
                + Runtime.version() + ")");
        context.out().flush();
        return Cli.OK;
    }
}
