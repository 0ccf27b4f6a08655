package org.budgetdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.budgetdesk.i18n.Messages;

/**
 * The headless commands, by name. They use the same model as the workbench and never start the JavaFX toolkit.
 * Exit codes: 0 done, 2 the file cannot be read or the command line is wrong; a command may define others.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int CANNOT_READ = 2;
    private static final Map<String, Supplier<CliCommand>> COMMANDS = Map.of(
            "check", CheckCommand::new,
            "summary", SummaryCommand::new,
            "export", ExportCommand::new,
            "diff", DiffCommand::new,
            "audit", AuditCommand::new);

    private final CliContext context;

    public Cli(PrintStream out, PrintStream err, Locale locale) {
        this.context = new CliContext(out, err, Messages.forLocale(locale));
    }

    /** True when the first argument names a headless command rather than a file to open. */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.containsKey(firstArgument);
    }

    /** Runs a command line whose first argument is a command; returns the exit code. */
    public int run(List<String> args) {
        CliCommand command = COMMANDS.get(args.get(0)).get();
        return command.run(context, args.subList(1, args.size()));
    }
}
