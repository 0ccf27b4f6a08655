package org.budgetdesk.export;

import java.util.function.Supplier;

/**
 * One output format: its id (also the command-line option {@code --ID}), the file extension, and its exporter.
 *
 * @param id        "docx", "txt", "xlsx"
 * @param extension the file extension with its dot
 * @param exporter  makes the exporter (exporters may hold state for one run)
 */
public record ExportFormat(String id, String extension, Supplier<Exporter> exporter) {
}
