package org.budgetdesk.cli;

import java.util.List;

/** One headless command: {@code summary}, and the ones later issues add ({@code check}, {@code export}, …). */
public interface CliCommand {
    /**
     * Runs the command.
     *
     * @param arguments the arguments after the command's name
     * @return the exit code
     */
    int run(CliContext context, List<String> arguments);
}
