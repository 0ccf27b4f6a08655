package org.budgetdesk.export.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.ExportWarning;
import org.budgetdesk.export.common.OfficeLibrary;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.AtomicFiles;
import org.budgetdesk.model.Department;

/**
 * Writes the department's disclosure tables to an Excel workbook: one sheet per table of the chosen table set
 * ({@link ExportOptions#tableSet()}, see {@link TableSet}), amounts in the chosen unit, totals as SUM formulas with
 * their values stored, print-ready, and a last sheet of pie charts. The file is written as every export is
 * ({@link AtomicFiles}): beside the target, then moved over it, so a failed export leaves the old file whole; a
 * missing folder is created.
 */
public final class XlsxExporter implements Exporter {
    static {
        OfficeLibrary.prepare();    // before POI loads
    }

    private final DoubleConsumer progress;
    private final List<ExportWarning> warnings = new ArrayList<>();

    public XlsxExporter() {
        this(fraction -> { });
    }

    /** @param progress told the fraction done (0 to 1) after each sheet, on the exporting thread */
    public XlsxExporter(DoubleConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Whether a region of this name (or old name) has a table set ({@code region/NAME/tables.json}). */
    public static boolean hasTableSet(String name) {
        return TableSet.exists(name);
    }

    /**
     * @throws IllegalArgumentException when the table set does not exist
     */
    @Override
    public void export(Department department, Path output, ExportOptions options) throws IOException {
        TableSet set = TableSet.load(options.tableSet());
        DisplayUnit unit = options.unit() == null ? DisplayUnit.WAN_YUAN : options.unit();
        warnings.clear();
        AtomicFiles.write(output, out -> new WorkbookWriter(set, unit, progress, warnings).write(department, out));
    }

    /** Each text of the last export cut to fit its cell, with its cell and column. */
    @Override
    public List<ExportWarning> warnings() {
        return List.copyOf(warnings);
    }
}
