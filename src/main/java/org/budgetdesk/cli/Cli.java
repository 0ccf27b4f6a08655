package org.budgetdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * The headless commands: {@code summary FILE [--json]}. They use the same model as the workbench and never start
 * the JavaFX toolkit. Exit codes: 0 done, 2 the file cannot be read or the command line is wrong.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int CANNOT_READ = 2;
    private static final Set<String> COMMANDS = Set.of("summary");

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;

    public Cli(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.messages = Messages.forLocale(locale);
    }

    /** True when the first argument names a headless command rather than a file to open. */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    /** Runs a command line whose first argument is a command; returns the exit code. */
    public int run(List<String> args) {
        List<String> rest = args.subList(1, args.size());
        boolean json = rest.contains("--json");
        List<String> files = rest.stream().filter(arg -> !arg.equals("--json")).toList();
        for (String file : files) {
            if (file.startsWith("--")) {
                return usage(messages.format("cli.error.unknownCommand", file));
            }
        }
        if (files.size() != 1) {
            return usage(messages.get("cli.error.missingFile"));
        }
        Department department;
        try {
            department = new ProjectFiles().load(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            err.println(e.message(messages.locale()));
            return CANNOT_READ;
        }
        Summary summary = Summary.of(department);
        out.print(json ? SummaryJson.render(summary) : SummaryText.render(summary, messages));
        out.flush();
        return OK;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(messages.get("cli.usage"));
        return CANNOT_READ;
    }
}
