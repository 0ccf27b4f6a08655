package org.budgetdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.check.Finding;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.ExportReadiness;
import org.budgetdesk.export.common.ExportWarning;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.OutputPaths;
import org.budgetdesk.io.OutputRefusedException;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.Placeholder;
import org.budgetdesk.region.Region;
import org.budgetdesk.region.Regions;

/**
 * {@code export FILE --docx OUT --txt OUT --xlsx OUT [--tables REGION] [--unit wan|yuan] [--strict]}: writes each
 * requested format for the region named (its tables and explanation), else the project's region, else the default;
 * amounts in the unit named, else the region's. {@code export --list-tables} prints the regions, one a line: name,
 * tab, title. Check errors and placeholders left in the explanation are listed on stderr first;
 * with {@code --strict} they stop the export. Exit codes: 0 done, 1 not written because of {@code --strict}, 2 the
 * file cannot be read, the command line is wrong or an output is the input (or links to it, or is named twice), 3 a
 * write failed (a read-only output among the reasons). A missing output folder is created, for every format.
 */
final class ExportCommand implements CliCommand {
    static final int NOT_READY = 1;
    static final int WRITE_FAILED = 3;
    private static final String STRICT = "--strict";
    private static final String LIST_TABLES = "--list-tables";
    @Override
    public int run(CliContext context, List<String> arguments) {
        if (arguments.equals(List.of(LIST_TABLES))) {
            Regions.all().forEach(region -> context.out().println(region.name() + "\t" + region.title()));
            return Cli.OK;
        }
        if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
            return context.usage(context.messages().get("cli.error.missingFile"));
        }
        Map<ExportFormat, Path> outputs = new LinkedHashMap<>();
        String tableSet = null;
        DisplayUnit unit = null;
        boolean strict = arguments.contains(STRICT);
        List<String> options = arguments.stream().filter(argument -> !argument.equals(STRICT)).toList();
        for (int i = 1; i < options.size(); i += 2) {
            String option = options.get(i);
            if (i + 1 >= options.size()) {
                return context.usage(context.messages().format("cli.error.missingValue", option));
            }
            String value = options.get(i + 1);
            Optional<ExportFormat> format = option.startsWith("--")
                    ? ExportFormats.byId(option.substring(2)) : Optional.empty();
            if (format.isPresent()) {
                outputs.put(format.get(), Path.of(value));
            } else if (option.equals("--tables") && Region.find(value).isPresent()) {
                tableSet = value;
            } else if (option.equals("--unit") && (value.equals("wan") || value.equals("yuan"))) {
                unit = value.equals("wan") ? DisplayUnit.WAN_YUAN : DisplayUnit.YUAN;
            } else {
                return context.usage(context.messages().format("cli.error.unknownCommand", option + " " + value));
            }
        }
        if (outputs.isEmpty()) {
            return context.usage(context.messages().get("cli.error.noOutput"));
        }
        List<Path> earlier = new ArrayList<>();
        for (Path output : outputs.values()) {
            try {
                refuseOverwrite(Path.of(arguments.get(0)), output, earlier);
            } catch (OutputRefusedException e) {
                context.err().println(e.message(context.messages().locale()));
                return Cli.CANNOT_READ;
            } catch (IOException e) {
                context.err().println(context.messages().format("cli.export.failed", output, e.getMessage()));
                return WRITE_FAILED;
            }
            earlier.add(output);
        }
        Optional<Department> department = context.load(arguments.get(0));
        if (department.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        Region region = tableSet != null ? Region.named(tableSet) : projectRegion(department.get());
        String regionName = tableSet != null ? tableSet : region.name();
        ExportReadiness readiness = ExportReadiness.of(department.get(), regionName);
        report(context, readiness);
        if (strict && !readiness.isReady()) {
            context.err().println(context.messages().get("cli.export.notWritten"));
            return NOT_READY;
        }
        ExportOptions exportOptions = new ExportOptions(regionName, unit != null ? unit : region.unit(), List.of());
        for (Map.Entry<ExportFormat, Path> output : outputs.entrySet()) {
            try {
                Exporter exporter = output.getKey().create(fraction -> { });
                exporter.export(department.get(), output.getValue(), exportOptions);
                context.out().println(context.messages().format("cli.export.written", output.getValue()));
                if (exporter.replacedCharacters() > 0) {
                    context.err().println(context.messages().format("export.replaced", output.getValue(),
                            exporter.replacedCharacters()));
                }
                for (ExportWarning warning : exporter.warnings()) {
                    context.err().println("  " + context.messages().format("export.warning." + warning.kind().name(),
                            warning.where(), warning.count()));
                }
            } catch (OutputRefusedException e) {
                context.err().println(e.message(context.messages().locale()));
                return WRITE_FAILED;
            } catch (IOException | RuntimeException e) {
                context.err().println(context.messages().format("cli.export.failed", output.getValue(),
                        String.valueOf(e.getMessage())));
                return WRITE_FAILED;
            }
        }
        return Cli.OK;
    }

    /** The region the project chose, or the default one when it chose none or one this BudgetDesk does not have. */
    private static Region projectRegion(Department department) {
        return Region.find(department.region().get()).orElseGet(() -> Region.named(Region.DEFAULT));
    }

    /** Lists on stderr the check errors and the explanation's placeholders, if any. */
    private static void report(CliContext context, ExportReadiness readiness) {
        if (!readiness.errors().isEmpty()) {
            context.err().println(context.messages().format("cli.export.errors", readiness.errors().size()));
            for (Finding error : readiness.errors()) {
                context.err().println("  " + error.rule() + " " + error.message(context.messages().locale()));
            }
        }
        if (!readiness.placeholders().isEmpty()) {
            context.err().println(context.messages().format("cli.export.placeholders",
                    readiness.placeholders().size()));
            for (Placeholder placeholder : readiness.placeholders()) {
                context.err().println("  " + placeholder.section() + "：" + placeholder.what());
            }
        }
    }

    /** Refuses, before anything is read or written, an output that is the input or that an earlier output names. */
    private static void refuseOverwrite(Path input, Path output, List<Path> earlier) throws IOException {
        OutputPaths.requireNotInput(output, List.of(input));
        for (Path other : earlier) {
            if (OutputPaths.isSameFile(output, other)) {
                throw new OutputRefusedException(OutputRefusedException.Kind.NAMED_TWICE, output, null);
            }
        }
    }
}
