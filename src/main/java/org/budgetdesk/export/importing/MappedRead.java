package org.budgetdesk.export.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a workbook by an {@link ImportMapping}: each mapped sheet as its table, its columns as mapped. A sheet (or a
 * block of a sheet) that names its unit above the table (单位名称：…), and every row of a table with a unit column,
 * gives that unit's figures alone; the rest are the department's. A sheet without a unit line is taken to be in 元
 * (the 一体化 export's unit), and the preview says so; hidden sheets and rows are read, and the preview says so.
 */
final class MappedRead {
    private final Workbook workbook;
    private final List<Unreadable> problems = new ArrayList<>();
    private final ImportedFigures figures;
    /** Unit name ("" for the department) → its figures and their collector. */
    private final Map<String, FigureCollector> collectors = new LinkedHashMap<>();

    private MappedRead(Workbook workbook, ImportMapping mapping) {
        this.workbook = workbook;
        this.figures = new ImportedFigures(mapping.layout(), problems);
        figures.mapping = mapping;
    }

    static ImportedFigures read(Workbook workbook, ImportMapping mapping, ReadProgress progress) {
        MappedRead read = new MappedRead(workbook, mapping);
        for (int s = 0; s < mapping.sheets().size(); s++) {
            progress.tableDone(s, mapping.sheets().size());
            read.sheet(mapping.sheets().get(s));
        }
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            if (mapping.sheets().stream().noneMatch(mapped -> mapped.sheet().equals(sheet.getSheetName()))) {
                read.figures.notes.add(Unreadable.ofSheet(sheet.getSheetName(), "import.note.sheetNotRead", ""));
            }
        }
        return read.finish();
    }

    private void sheet(SheetMapping mapping) {
        Sheet sheet = workbook.getSheet(mapping.sheet());
        if (sheet == null) {
            problems.add(Unreadable.ofSheet(mapping.sheet(), "import.problem.sheetMissing", ""));
            return;
        }
        for (SheetTable table : SheetTable.blocks(sheet)) {
            HiddenContent.note(sheet, table, figures.notes);
            block(mapping, table);
        }
    }

    private void block(SheetMapping mapping, SheetTable table) {
        if (figures.departmentName.isEmpty()) {
            figures.departmentName = table.department();
        }
        if (figures.budgetYear == 0) {
            figures.budgetYear = table.year();
        }
        if (!table.unitFound()) {
            figures.notes.add(Unreadable.ofSheet(table.name(), "import.note.unitAssumed", ""));
        }
        TableReading reading = new TableReading(table, problems);
        Map<String, String> paths = mapping.pathsByField();
        List<String> missing = reading.locate(paths);
        if (!missing.isEmpty()) {
            problems.add(Unreadable.ofSheet(table.name(), "import.problem.columnsMissing",
                    String.join(", ", missing.stream().map(paths::get).toList())));
            return;
        }
        if (!HeaderWords.readable(mapping.table(), paths.keySet())) {
            problems.add(Unreadable.ofSheet(table.name(), "import.problem.nothingMapped", ""));
            return;
        }
        Set<String> fields = new HashSet<>(paths.keySet());
        fields.removeAll(List.of("codeClass", "codeSection", "codeItem", "unit"));
        List<ReadRow> rows = lastTotalOnly(reading.rows("合计"));
        if (mapping.table() == TableKind.THREE_PUBLIC && ThreePublicRows.rowWise(fields)) {
            rows = ThreePublicRows.transpose(rows, fields);
        }
        Map<String, List<ReadRow>> byUnit = new LinkedHashMap<>();
        for (ReadRow row : rows) {
            String unit = paths.containsKey("unit") ? row.unit() : table.unitName();
            if (paths.containsKey("unit") && unit.isEmpty() && row.kind() == ReadRow.Kind.TOTAL) {
                continue; // the 合计 over every unit's rows: each unit's rows are checked on their own
            }
            byUnit.computeIfAbsent(unit, key -> new ArrayList<>()).add(named(mapping.table(), row, unit));
        }
        byUnit.forEach((unit, unitRows) -> {
            PartsCheck.check(reading, unitRows, fields, problems);
            collector(unit).add(mapping.table().template(table.name(), fields), unitRows, fields);
        });
    }

    /** A unit's row of a table that names the unit above it, or only in a unit column, carries the unit's name. */
    private static ReadRow named(TableKind kind, ReadRow row, String unit) {
        boolean byUnitRow = kind == TableKind.INCOME || kind == TableKind.THREE_PUBLIC;
        if (byUnitRow && row.kind() != ReadRow.Kind.TOTAL && row.name().isEmpty() && !unit.isEmpty()) {
            return row.named(unit);
        }
        return row;
    }

    /** An 一体化 table may repeat its 合计 row; the last one is the real one. */
    private static List<ReadRow> lastTotalOnly(List<ReadRow> rows) {
        ReadRow last = null;
        for (ReadRow row : rows) {
            if (row.kind() == ReadRow.Kind.TOTAL) {
                last = row;
            }
        }
        ReadRow keep = last;
        return rows.stream().filter(row -> row.kind() != ReadRow.Kind.TOTAL || row == keep).toList();
    }

    private FigureCollector collector(String unit) {
        return collectors.computeIfAbsent(unit, name -> new FigureCollector(name.isEmpty() ? figures
                : figures.units.computeIfAbsent(name, key -> new ImportedFigures(figures.tableSet, problems))));
    }

    private ImportedFigures finish() {
        collector(ImportedFigures.DEPARTMENT);
        collectors.values().forEach(FigureCollector::finish);
        if (!figures.units.isEmpty() && figures.hasConsolidatedLines()) {
            figures.notes.add(Unreadable.ofSheet("", "import.note.departmentTablesSkipped", ""));
        }
        return figures;
    }
}
