package org.budgetdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CatalogOrigin;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.ImportedList;
import org.budgetdesk.catalog.ImportedLists;
import org.budgetdesk.catalog.importing.CodeListImport;
import org.budgetdesk.catalog.importing.ImportPreview;
import org.budgetdesk.catalog.importing.NameConflict;
import org.budgetdesk.catalog.importing.NoCodesException;
import org.budgetdesk.catalog.importing.SkippedRow;
import org.budgetdesk.export.catalog.CodeListFileException;
import org.budgetdesk.export.catalog.CodeListFiles;
import org.budgetdesk.export.catalog.ImportTexts;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;

/**
 * {@code catalog import FILE --year YYYY [--kind functional|economic] [--dry-run]}: reads a classification list,
 * prints what it found (counts per level, every skipped row with its reason, names the shipped list gives
 * differently) and stores it for that edition year in the user's folder of imported lists.
 * {@code catalog list --year YYYY [--kind K] [--project FILE]}: every code of a year, with its level, name and
 * source (shipped, imported, project). Exit codes: 0 done; 1 imported, but rows other than headers and 目 were
 * skipped (worth a look); 2 the file or the command line cannot be used.
 */
final class CatalogCommand implements CliCommand {
    static final int SKIPPED_ROWS = 1;
    private static final int SHOWN_ROWS = 50;
    private static final Set<String> FLAGS = Set.of("--dry-run");

    @Override
    public int run(CliContext context, List<String> arguments) {
        if (arguments.isEmpty()) {
            return context.usage(context.messages().get("catalog.cli.missingAction"), "catalog.cli.usage");
        }
        Map<String, String> options = new HashMap<>();
        List<String> files = new java.util.ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (FLAGS.contains(argument)) {
                options.put(argument, "");
            } else if (argument.startsWith("--")) {
                if (i + 1 >= arguments.size()) {
                    return context.usage(context.messages().format("cli.error.missingValue", argument),
                            "catalog.cli.usage");
                }
                options.put(argument, arguments.get(++i));
            } else {
                files.add(argument);
            }
        }
        return switch (arguments.get(0)) {
            case "import" -> importList(context, files, options);
            case "list" -> list(context, files, options);
            default -> context.usage(context.messages().format("cli.error.unknownCommand", arguments.get(0)),
                    "catalog.cli.usage");
        };
    }

    private int importList(CliContext context, List<String> files, Map<String, String> options) {
        Messages messages = context.messages();
        Optional<String> unknown = unknownOption(options, Set.of("--year", "--kind", "--dry-run"));
        if (unknown.isPresent()) {
            return context.usage(messages.format("cli.error.unknownCommand", unknown.get()), "catalog.cli.usage");
        }
        if (files.size() != 1) {
            return context.usage(messages.get("catalog.cli.oneFile"), "catalog.cli.usage");
        }
        Integer year = year(options.get("--year"));
        if (year == null) {
            return context.usage(messages.get("catalog.cli.needYear"), "catalog.cli.usage");
        }
        String kindOption = options.get("--kind");
        CodeKind kind = kind(kindOption);
        if (kindOption != null && kind == null) {
            return context.usage(messages.format("catalog.cli.badKind", kindOption), "catalog.cli.usage");
        }
        ImportTexts texts = new ImportTexts(messages);
        Path file = Path.of(files.get(0));
        ImportPreview preview;
        try {
            preview = CodeListImport.preview(String.valueOf(file.getFileName()), CodeListFiles.read(file), kind, year,
                    CatalogLibrary.shipped().forYear(year));
        } catch (CodeListFileException e) {
            context.err().println(texts.unreadable(e));
            return Cli.CANNOT_READ;
        } catch (NoCodesException e) {
            context.err().println(texts.noCodes(String.valueOf(file.getFileName()), kind, e));
            return Cli.CANNOT_READ;
        }
        printPreview(context, texts, preview);
        if (options.containsKey("--dry-run")) {
            context.out().println(messages.get("catalog.cli.dryRun"));
        } else {
            ImportedLists lists = context.catalogs().importedLists().orElseThrow();
            ImportedList stored;
            try {
                stored = preview.store(lists, Instant.now());
            } catch (java.io.UncheckedIOException e) {
                context.err().println(messages.format("catalog.cli.storeFailed", lists.folder(),
                        String.valueOf(e.getCause().getMessage())));
                return Cli.CANNOT_READ;
            }
            context.out().println(messages.format("catalog.cli.stored", stored.file(), String.valueOf(year)));
        }
        context.out().flush();
        return preview.problems().isEmpty() ? Cli.OK : SKIPPED_ROWS;
    }

    private static void printPreview(CliContext context, ImportTexts texts, ImportPreview preview) {
        Messages messages = context.messages();
        context.out().println(texts.source(preview));
        context.out().println(texts.counts(preview));
        if (!preview.skipped().isEmpty()) {
            context.out().println(messages.format("catalog.import.skippedHeading", preview.skipped().size()));
            preview.skipped().stream().limit(SHOWN_ROWS).map(texts::skipped)
                    .forEach(line -> context.out().println("  " + line));
            if (preview.skipped().size() > SHOWN_ROWS) {
                context.out().println("  " + messages.format("catalog.import.more", preview.skipped().size() - SHOWN_ROWS));
            }
        }
        if (!preview.conflicts().isEmpty()) {
            context.out().println(messages.format("catalog.import.conflictsHeading", preview.conflicts().size()));
            for (NameConflict conflict : preview.conflicts().stream().limit(SHOWN_ROWS).toList()) {
                context.out().println("  " + texts.conflict(conflict));
            }
            if (preview.conflicts().size() > SHOWN_ROWS) {
                context.out().println("  " + messages.format("catalog.import.more",
                        preview.conflicts().size() - SHOWN_ROWS));
            }
        }
        if (!preview.orphans().isEmpty()) {
            context.out().println(texts.orphans(preview));
        }
    }

    private int list(CliContext context, List<String> files, Map<String, String> options) {
        Messages messages = context.messages();
        Optional<String> unknown = unknownOption(options, Set.of("--year", "--kind", "--project"));
        if (unknown.isPresent() || !files.isEmpty()) {
            return context.usage(messages.format("cli.error.unknownCommand",
                    unknown.orElseGet(() -> files.get(0))), "catalog.cli.usage");
        }
        Department project = null;
        if (options.containsKey("--project")) {
            Optional<Department> loaded = context.load(options.get("--project"));
            if (loaded.isEmpty()) {
                return Cli.CANNOT_READ;
            }
            project = loaded.get();
        }
        Integer year = options.containsKey("--year") ? year(options.get("--year"))
                : project == null ? null : Integer.valueOf(project.budgetYear().get());
        if (year == null) {
            return context.usage(messages.get("catalog.cli.needYear"), "catalog.cli.usage");
        }
        String kindOption = options.get("--kind");
        CodeKind onlyKind = kind(kindOption);
        if (kindOption != null && onlyKind == null) {
            return context.usage(messages.format("catalog.cli.badKind", kindOption), "catalog.cli.usage");
        }
        Catalog catalog = context.catalogs().forYear(year);
        if (project != null) {
            catalog = catalog.withCarriedCodes(project.carriedFunctionalCodes(), project.carriedEconomicCodes())
                    .withCustomCodes(project.customFunctionalCodes(), project.customEconomicCodes());
        }
        ImportTexts texts = new ImportTexts(messages);
        for (CodeKind kind : CodeKind.values()) {
            if (onlyKind != null && kind != onlyKind) {
                continue;
            }
            context.out().println(heading(messages, texts, catalog, kind, year));
            for (CatalogEntry entry : catalog.entries(kind)) {
                context.out().println(entry.code() + "\t" + texts.level(kind, entry.level()) + "\t" + entry.name()
                        + "\t" + messages.of(entry.source()));
            }
        }
        context.out().flush();
        return Cli.OK;
    }

    private static String heading(Messages messages, ImportTexts texts, Catalog catalog, CodeKind kind, int year) {
        CatalogOrigin origin = catalog.origin(kind);
        String shipped = messages.format(origin.shippedPartial() ? "catalog.cli.shippedPartial" : "catalog.cli.shipped",
                String.valueOf(origin.shippedEdition()));
        String imported = origin.hasImported()
                ? messages.format("catalog.cli.imported", String.valueOf(origin.importedEdition()), origin.importedFrom())
                : messages.format("catalog.cli.noneImported", String.valueOf(year));
        return messages.format("catalog.cli.heading", String.valueOf(year), texts.kind(kind), catalog.size(kind),
                shipped, imported);
    }

    private static Optional<String> unknownOption(Map<String, String> options, Set<String> known) {
        return options.keySet().stream().filter(option -> !known.contains(option)).sorted().findFirst();
    }

    /** A budget year of 2000–2100, or null. */
    private static Integer year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= 2000 && year <= 2100 ? year : null;
    }

    private static CodeKind kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "functional" -> CodeKind.FUNCTIONAL;
            case "economic" -> CodeKind.ECONOMIC;
            default -> null;
        };
    }
}
