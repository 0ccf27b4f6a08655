package org.budgetdesk.export.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetdesk.export.common.OfficeLibrary;
import org.budgetdesk.export.xlsx.TableSet;
import org.budgetdesk.export.xlsx.TableTemplate;
import org.budgetdesk.region.Regions;

/**
 * Reads a workbook of disclosure tables (.xlsx or .xls) as figures: recognises which of BudgetDesk's table sets it
 * is by its sheets and their headers (of every region's sets, the one whose tables are found most completely), reads
 * every table of the set that is there, and collects every cell that cannot be read. Never changes a project:
 * {@link ImportPlan} does that, when applied.
 */
public final class WorkbookImport {
    static {
        OfficeLibrary.prepare();    // before POI loads
    }

    private WorkbookImport() {
    }

    /**
     * Reads the workbook.
     *
     * @throws ImportException when the file is not a readable workbook or holds no table of a known set
     */
    public static ImportedFigures read(Path file) throws ImportException {
        return read(file, ReadProgress.NONE);
    }

    /** Reads the workbook, reporting progress per table; see {@link #read(Path)}. */
    public static ImportedFigures read(Path file, ReadProgress progress) throws ImportException {
        return withWorkbook(file, workbook -> read(workbook, progress));
    }

    /**
     * Reads the workbook by a mapping of its sheets and columns (a user's correction, or a remembered one).
     *
     * @throws ImportException when the file is not a readable workbook
     */
    public static ImportedFigures read(Path file, ImportMapping mapping) throws ImportException {
        return read(file, mapping, ReadProgress.NONE);
    }

    /** Reads the workbook by a mapping, reporting progress per sheet; see {@link #read(Path, ImportMapping)}. */
    public static ImportedFigures read(Path file, ImportMapping mapping, ReadProgress progress)
            throws ImportException {
        return withWorkbook(file, workbook -> MappedRead.read(workbook, mapping, progress));
    }

    /**
     * The workbook's sheets and columns, and the table set it is or the mapping BudgetDesk recognises for it, for a
     * person to check and correct before anything is read.
     *
     * @throws ImportException when the file is not a readable workbook
     */
    public static WorkbookLayout layout(Path file) throws ImportException {
        return withWorkbook(file, WorkbookImport::layoutOf);
    }

    private static WorkbookLayout layoutOf(Workbook workbook) {
        Map<String, List<String>> sheets = new java.util.LinkedHashMap<>();
        workbook.forEach(sheet -> sheets.put(sheet.getSheetName(), SheetTable.read(sheet).columnPaths()));
        TableSet set = bestSet(workbook);
        return new WorkbookLayout(LayoutFingerprint.of(workbook), sheets, set == null ? null : set.name(),
                set == null ? YitihuaLayout.recognise(workbook, true) : null);
    }

    /**
     * What {@link #open} found: the workbook's layout, the mapping proposed for it (null for BudgetDesk's own table
     * sets), and the figures read with that mapping (null when they cannot be: then read again once it is chosen).
     */
    public record Opened(WorkbookLayout layout, ImportMapping proposed, ImportedFigures figures) {
    }

    /**
     * Opens the workbook once for the mapping step and the read: its layout, the mapping {@code propose} gives for
     * it (remembered, recognised, or empty), and the figures read with that mapping, so that a mapping confirmed
     * unchanged needs no second opening. An empty mapping reads the workbook as a user's own sheets.
     *
     * @throws ImportException when the file is not a readable workbook
     */
    public static Opened open(Path file, java.util.function.Function<WorkbookLayout, ImportMapping> propose,
                              ReadProgress progress) throws ImportException {
        return withWorkbook(file, workbook -> {
            WorkbookLayout layout = layoutOf(workbook);
            if (!layout.needsMapping()) {
                return new Opened(layout, null, read(workbook, progress));
            }
            ImportMapping proposed = propose.apply(layout);
            ImportedFigures figures = proposed.sheets().isEmpty() ? GenericSheets.read(workbook)
                    : MappedRead.read(workbook, proposed, progress);
            return new Opened(layout, proposed, figures);
        });
    }

    private static <T> T withWorkbook(Path file, java.util.function.Function<Workbook, T> reader)
            throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("import.error.missing", file.toString(), null);
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return reader.apply(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException.Unchecked unchecked) {
                throw unchecked.checked();
            }
            throw new ImportException("import.error.notWorkbook", file + ": " + e.getMessage(), e);
        }
    }

    private static TableSet bestSet(Workbook workbook) {
        TableSet best = null;
        int bestScore = 0;
        // every region with a table set, as listed (sichuan-2021, sichuan-2024, central, any added as a folder)
        for (String name : Regions.names().stream().filter(TableSet::exists).toList()) {
            TableSet set = TableSet.load(name);
            int score = score(workbook, set);
            if (score > bestScore) {
                best = set;
                bestScore = score;
            }
        }
        return best;
    }

    static ImportedFigures read(Workbook workbook, ReadProgress progress) {
        TableSet best = bestSet(workbook);
        if (best == null) {
            ImportMapping mapping = YitihuaLayout.recognise(workbook);
            if (mapping != null) {
                return MappedRead.read(workbook, mapping, progress);
            }
            ImportedFigures generic = GenericSheets.read(workbook);
            if (generic != null) {
                return generic;
            }
            throw new ImportException.Unchecked(new ImportException("import.error.noTables",
                    String.join(", ", sheetNames(workbook)), null));
        }
        List<Unreadable> problems = new ArrayList<>();
        ImportedFigures figures = new ImportedFigures(best.name(), problems);
        FigureCollector collector = new FigureCollector(figures);
        int done = 0;
        for (TableTemplate template : best.tables()) {
            progress.tableDone(done++, best.tables().size());
            Sheet sheet = workbook.getSheet(template.sheet());
            if (sheet == null || !FigureCollector.takesFigures(template.rows())) {
                continue; // performance targets (绩效目标表) are text: nothing to import
            }
            SheetTable table = SheetTable.read(sheet);
            HiddenContent.note(sheet, table, figures.notes);
            if (figures.departmentName.isEmpty()) {
                figures.departmentName = table.department();
            }
            if (figures.budgetYear == 0) {
                figures.budgetYear = table.year();
            }
            if (!table.unitFound()) {
                problems.add(Unreadable.ofSheet(sheet.getSheetName(), "import.problem.noUnitLine", ""));
            }
            TableReading reading = new TableReading(table, problems);
            Map<String, String> paths = TableColumns.pathsByField(template);
            List<String> missing = reading.locate(paths);
            if (!missing.isEmpty()) {
                problems.add(Unreadable.ofSheet(sheet.getSheetName(), "import.problem.columnsMissing",
                        String.join(", ", missing.stream().map(paths::get).toList())));
                continue;
            }
            List<ReadRow> rows = reading.rows(best.label("total"));
            Set<String> fields = new HashSet<>(paths.keySet());
            if (!template.rows().builder().equals("balance")) {
                PartsCheck.check(reading, rows, fields, problems);
            }
            collector.add(template, rows, fields);
        }
        collector.finish();
        return figures;
    }

    /** How many tables of a set the workbook holds with every column found. */
    private static int score(Workbook workbook, TableSet set) {
        int score = 0;
        for (TableTemplate template : set.tables()) {
            Sheet sheet = workbook.getSheet(template.sheet());
            if (sheet != null && new TableReading(SheetTable.read(sheet), new ArrayList<>())
                    .locate(TableColumns.pathsByField(template)).isEmpty()) {
                score++;
            }
        }
        return score;
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
