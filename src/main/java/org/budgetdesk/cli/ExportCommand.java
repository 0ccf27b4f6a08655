package org.budgetdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;

/**
 * {@code export FILE --docx OUT --txt OUT --xlsx OUT [--tables sichuan|central] [--unit wan|yuan]}: writes each
 * requested format. Exit codes: 0 done, 2 the file cannot be read or the command line is wrong, 3 a write failed.
 */
final class ExportCommand implements CliCommand {
    static final int WRITE_FAILED = 3;


    @Override
    public int run(CliContext context, List<String> arguments) {
        if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
            return context.usage(context.messages().get("cli.error.missingFile"));
        }
        Map<ExportFormat, Path> outputs = new LinkedHashMap<>();
        String tableSet = "sichuan";
        DisplayUnit unit = DisplayUnit.WAN_YUAN;
        for (int i = 1; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            if (i + 1 >= arguments.size()) {
                return context.usage(context.messages().format("cli.error.missingValue", option));
            }
            String value = arguments.get(i + 1);
            Optional<ExportFormat> format = option.startsWith("--")
                    ? ExportFormats.byId(option.substring(2)) : Optional.empty();
            if (format.isPresent()) {
                outputs.put(format.get(), Path.of(value));
            } else if (option.equals("--tables") && XlsxExporter.hasTableSet(value)) {
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
        Optional<Department> department = context.load(arguments.get(0));
        if (department.isEmpty()) {
            return Cli.CANNOT_READ;
        }
        ExportOptions options = new ExportOptions(tableSet, unit, java.util.List.of());
        for (Map.Entry<ExportFormat, Path> output : outputs.entrySet()) {
            try {
                output.getKey().create(fraction -> { }).export(department.get(), output.getValue(), options);
                context.out().println(context.messages().format("cli.export.written", output.getValue()));
            } catch (IOException | RuntimeException e) {
                context.err().println(context.messages().format("cli.export.failed", output.getValue(),
                        String.valueOf(e.getMessage())));
                return WRITE_FAILED;
            }
        }
        return Cli.OK;
    }
}
