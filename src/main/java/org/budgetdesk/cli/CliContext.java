package org.budgetdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * What a command runs with: its output streams and language, the code lists (shipped and imported into the user's
 * folder), and the shared ways to load a file and fail.
 */
public record CliContext(PrintStream out, PrintStream err, Messages messages, CatalogLibrary catalogs) {

    /** Loads a project; when it cannot be read, prints why (no stack trace) and returns empty. */
    public Optional<Department> load(String file) {
        try {
            return Optional.of(new ProjectFiles().load(Path.of(file)));
        } catch (ProjectFileException e) {
            err.println(e.message(messages.locale()));
            return Optional.empty();
        }
    }

    /** The file arguments of a command and its {@code --json} flag; {@code unknownOption} is the first other option. */
    public record FilesAndJson(List<String> files, boolean json, String unknownOption) {
    }

    /** Splits {@code FILE… [--json]} arguments. */
    public static FilesAndJson filesAndJson(List<String> arguments) {
        boolean json = arguments.contains("--json");
        List<String> files = arguments.stream().filter(argument -> !argument.equals("--json")).toList();
        String unknown = files.stream().filter(argument -> argument.startsWith("--")).findFirst().orElse(null);
        return new FilesAndJson(files, json, unknown);
    }

    /** Prints a problem with the command line and the usage; returns {@link Cli#CANNOT_READ}. */
    public int usage(String problem) {
        return usage(problem, "cli.usage");
    }

    /** Prints a problem with the command line and a command's own usage line (a message key). */
    public int usage(String problem, String usageKey) {
        err.println(problem);
        err.println(messages.get(usageKey));
        return Cli.CANNOT_READ;
    }
}
