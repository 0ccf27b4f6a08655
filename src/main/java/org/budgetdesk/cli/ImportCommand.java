package org.budgetdesk.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.export.importing.ImportException;
import org.budgetdesk.export.importing.ImportPlan;
import org.budgetdesk.export.importing.ImportedFigures;
import org.budgetdesk.export.importing.MappingFile;
import org.budgetdesk.export.importing.Unreadable;
import org.budgetdesk.export.importing.WorkbookImport;
import org.budgetdesk.export.importing.WorkbookLayout;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.OutputPaths;
import org.budgetdesk.io.OutputRefusedException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * {@code import FILE.xlsx --into PROJECT.budget [--prior] [--mapping MAPPING.json]} or
 * {@code import FILE.xlsx -o NEW.budget [--prior] [--mapping MAPPING.json]}: reads
 * a workbook of disclosure tables and writes a new version of the project (atomic, the old one kept as .bak), or a
 * new project; prints what changed. Exit codes: 0 done, 1 cells could not be read (listed; nothing written), 2 the
 * workbook or the project cannot be used or the command line is wrong, 3 the project cannot be written.
 * {@code import FILE.xlsx --print-mapping} writes the mapping of sheets and columns BudgetDesk recognises, as JSON.
 */
final class ImportCommand implements CliCommand {
    static final int UNREADABLE = 1;
    static final int WRITE_FAILED = 3;

    @Override
    public int run(CliContext context, List<String> arguments) {
        Messages messages = context.messages();
        String workbook = null;
        String into = null;
        String output = null;
        String mappingFile = null;
        boolean prior = false;
        boolean printMapping = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--prior")) {
                prior = true;
            } else if (argument.equals("--print-mapping")) {
                printMapping = true;
            } else if (argument.equals("--into") || argument.equals("-o") || argument.equals("--mapping")) {
                if (i + 1 >= arguments.size()) {
                    return context.usage(messages.format("cli.error.missingValue", argument), "cli.import.usage");
                }
                if (argument.equals("--into")) {
                    into = arguments.get(++i);
                } else if (argument.equals("--mapping")) {
                    mappingFile = arguments.get(++i);
                } else {
                    output = arguments.get(++i);
                }
            } else if (argument.startsWith("-") || workbook != null) {
                return context.usage(messages.format("cli.error.unknownCommand", argument), "cli.import.usage");
            } else {
                workbook = argument;
            }
        }
        if (workbook != null && printMapping) {
            return printMapping(context, Path.of(workbook));
        }
        if (workbook == null || (into == null) == (output == null)) {
            return context.usage(messages.get("cli.error.missingFile"), "cli.import.usage");
        }
        if (output != null) {
            try {
                OutputPaths.requireNotInput(Path.of(output), List.of(Path.of(workbook)));
            } catch (OutputRefusedException e) {
                context.err().println(e.message(messages.locale()));
                return Cli.CANNOT_READ;
            } catch (IOException e) {
                context.err().println(messages.format("cli.import.failed", output, e.getMessage()));
                return WRITE_FAILED;
            }
        }
        ImportedFigures figures;
        try {
            figures = mappingFile == null ? WorkbookImport.read(Path.of(workbook))
                    : WorkbookImport.read(Path.of(workbook), MappingFile.read(Path.of(mappingFile)));
        } catch (ImportException e) {
            context.err().println(messages.format(e.key(), e.detail()));
            return Cli.CANNOT_READ;
        } catch (IOException e) {
            context.err().println(messages.format("cli.import.badMapping", mappingFile, e.getMessage()));
            return Cli.CANNOT_READ;
        }
        Optional<Department> department = into == null ? Optional.of(figures.newDepartment()) : context.load(into);
        if (department.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        ImportPlan plan = ImportPlan.of(department.get(), figures, prior);
        if (!plan.problems().isEmpty()) {
            plan.problems().forEach(problem -> context.err().println(where(problem, messages)));
            context.err().println(messages.format("cli.import.notWritten", plan.problems().size()));
            return UNREADABLE;
        }
        plan.notes().forEach(note -> context.out().println(messages.format("cli.import.note", where(note, messages))));
        plan.newUnits().forEach(unit -> context.out().println(messages.format("cli.import.newUnit", unit)));
        plan.customCodes().forEach(code -> context.out().println(messages.format("cli.import.customCode", code)));
        for (ImportPlan.Change change : plan.changes()) {
            context.out().println(messages.format("cli.import.change", change.unit(),
                    messages.format(change.figure(), change.subject()), amount(change.before(), messages),
                    amount(change.after(), messages)));
        }
        if (plan.isEmpty()) {
            context.out().println(messages.get("cli.import.noChange"));
        }
        plan.command().execute();
        Path target = Path.of(into != null ? into : output);
        try {
            new ProjectFiles().save(department.get(), target);
        } catch (IOException e) {
            context.err().println(messages.format("cli.import.failed", target, e.getMessage()));
            return WRITE_FAILED;
        }
        context.out().println(messages.format("cli.import.written", target, plan.changes().size()));
        context.out().flush();
        return Cli.OK;
    }

    /** Writes the mapping BudgetDesk recognises, with every sheet and column, as JSON a person can correct. */
    private static int printMapping(CliContext context, Path workbook) {
        try {
            WorkbookLayout layout = WorkbookImport.layout(workbook);
            if (!layout.needsMapping()) {
                context.err().println(context.messages().format("cli.import.noMappingNeeded", layout.tableSet()));
            }
            context.out().println(MappingFile.write(layout.recognised(), layout));
            context.out().flush();
            return Cli.OK;
        } catch (ImportException e) {
            context.err().println(context.messages().format(e.key(), e.detail()));
            return Cli.CANNOT_READ;
        }
    }

    /** 表3!C8: why — or the sheet alone, or the reason alone for a figure that does not fit the project. */
    static String where(Unreadable problem, Messages messages) {
        String reason = messages.format(problem.reason(), problem.detail());
        if (problem.sheet().isEmpty()) {
            return reason;
        }
        if (problem.row() == 0) {
            return messages.format("cli.import.whereSheet", problem.sheet(), reason);
        }
        if (problem.column().isEmpty()) {
            return messages.format("cli.import.whereRow", problem.sheet(), String.valueOf(problem.row()), reason);
        }
        return messages.format("cli.import.where", problem.sheet(), problem.column(), String.valueOf(problem.row()),
                reason);
    }

    private static String amount(BigDecimal amount, Messages messages) {
        return amount == null ? messages.get("cli.import.notPublished") : amount.setScale(2).toPlainString();
    }
}
