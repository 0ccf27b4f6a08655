package org.budgetdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.export.importing.UnitMerge;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * {@code merge UNIT.budget --into DEPARTMENT.budget}: brings the units of a project prepared elsewhere (a subordinate
 * unit's own) into the department, each replacing the unit of its name or added; prints what changes, as {@code diff}
 * does, and writes a new version of the department (atomic, the old one kept as .bak). Exit codes: 0 merged, 2 a
 * project cannot be read, the years differ or the command line is wrong, 3 the department cannot be written.
 */
final class MergeCommand implements CliCommand {
    @Override
    public int run(CliContext context, List<String> arguments) {
        Messages messages = context.messages();
        if (arguments.size() != 3 || !arguments.get(1).equals("--into")) {
            return context.usage(messages.get("cli.error.missingFile"), "cli.merge.usage");
        }
        String unitFile = arguments.get(0);
        String into = arguments.get(2);
        Optional<Department> department = context.load(into);
        Optional<Department> incoming = department.isEmpty() ? Optional.empty() : context.load(unitFile);
        if (incoming.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        UnitMerge merge;
        try {
            merge = UnitMerge.of(department.get(), incoming.get());
        } catch (IllegalArgumentException e) {
            context.err().println(messages.format("cli.merge.otherYear", unitFile, e.getMessage()));
            return Cli.CANNOT_READ;
        } catch (ProjectFileException e) {
            context.err().println(e.message(messages.locale()));
            return Cli.CANNOT_READ;
        }
        context.out().print(DiffText.render(merge.differences(), into, into + " + " + unitFile, messages));
        merge.replaced().forEach(unit -> context.out().println(messages.format("cli.merge.replaced", unit)));
        merge.added().forEach(unit -> context.out().println(messages.format("cli.import.newUnit", unit)));
        merge.command().execute();
        try {
            new ProjectFiles().save(department.get(), Path.of(into));
        } catch (IOException e) {
            context.err().println(messages.format("cli.import.failed", into, e.getMessage()));
            return ImportCommand.WRITE_FAILED;
        }
        context.out().println(messages.format("cli.merge.written", into));
        context.out().flush();
        return Cli.OK;
    }
}
