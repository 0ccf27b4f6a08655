package org.budgetdesk.export;

import java.util.List;
import java.util.Optional;
import org.budgetdesk.export.docx.DocxExporter;
import org.budgetdesk.export.txt.TxtExporter;
import org.budgetdesk.export.xlsx.XlsxExporter;

/** The output formats the workbench and the command line offer, in menu order. */
public final class ExportFormats {
    private static final List<ExportFormat> ALL = List.of(
            new ExportFormat("docx", ".docx", progress -> new DocxExporter()),
            new ExportFormat("txt", ".txt", progress -> new TxtExporter()),
            new ExportFormat("xlsx", ".xlsx", XlsxExporter::new));

    private ExportFormats() {
    }

    public static List<ExportFormat> all() {
        return ALL;
    }

    public static Optional<ExportFormat> byId(String id) {
        return ALL.stream().filter(format -> format.id().equals(id)).findFirst();
    }
}
