package org.budgetdesk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Path;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.settings.AppFolders;

/**
 * The headless commands, by name (and {@code help}, {@code --help}, {@code -h}, {@code --version}). They use the same
 * model as the workbench and never start the JavaFX toolkit. Exit codes: 0 done, 2 the file cannot be read, the
 * command line is wrong or memory ran out; a command may define others (see the README's list).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int CANNOT_READ = 2;
    private static final Map<String, Supplier<CliCommand>> COMMANDS = Map.ofEntries(
            Map.entry("check", CheckCommand::new),
            Map.entry("summary", SummaryCommand::new),
            Map.entry("export", ExportCommand::new),
            Map.entry("diff", DiffCommand::new),
            Map.entry("import", ImportCommand::new),
            Map.entry("merge", MergeCommand::new),
            Map.entry("help", HelpCommand::new),
            Map.entry("--help", HelpCommand::new),
            Map.entry("-h", HelpCommand::new),
            Map.entry("--version", VersionCommand::new),
            Map.entry("audit", AuditCommand::new),
            Map.entry("catalog", CatalogCommand::new));

    private final CliContext context;

    /** Commands over the code lists shipped and imported into the user's folder ({@link AppFolders#catalogFolder()}). */
    public Cli(PrintStream out, PrintStream err, Locale locale) {
        this(out, err, locale, AppFolders.forCurrentUser().catalogFolder());
    }

    /**
     * Commands over the code lists shipped and imported into {@code catalogFolder}. That library becomes the
     * {@linkplain CatalogLibrary#standard() standard one}, so every command (check, summary, export) names codes
     * with the imported lists too.
     */
    public Cli(PrintStream out, PrintStream err, Locale locale, Path catalogFolder) {
        CatalogLibrary catalogs = CatalogLibrary.withImportedLists(catalogFolder);
        CatalogLibrary.setStandard(catalogs);
        this.context = new CliContext(out, err, Messages.forLocale(locale), catalogs);
    }

    /** True when the first argument names a headless command rather than a file to open. */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.containsKey(firstArgument);
    }

    /** Runs a command line whose first argument is a command; returns the exit code. */
    public int run(List<String> args) {
        return run(COMMANDS.get(args.get(0)).get(), args.subList(1, args.size()));
    }

    /**
     * Runs one command. Running out of memory — a project too large for the heap — ends the command with a message
     * and {@link #CANNOT_READ}, not a stack trace: by the time it is caught the command's data is unreachable, so
     * there is room to say so.
     */
    int run(CliCommand command, List<String> arguments) {
        try {
            return command.run(context, arguments);
        } catch (OutOfMemoryError e) {
            context.out().flush();
            context.err().println(context.messages().get("error.outOfMemory"));
            return CANNOT_READ;
        }
    }
}
