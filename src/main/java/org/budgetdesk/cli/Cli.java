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
            "catalog", CatalogCommand::new);

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
        CliCommand command = COMMANDS.get(args.get(0)).get();
        return command.run(context, args.subList(1, args.size()));
    }
}
