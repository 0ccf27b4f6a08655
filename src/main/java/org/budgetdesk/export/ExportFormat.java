package org.budgetdesk.export;

import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.budgetdesk.export.common.Exporter;

/**
 * One output format: its id (also the command-line option {@code --ID}), the file extension, and its exporter,
 * which gets texts it can write ({@link SafeExporter}).
 *
 * @param id        "docx", "txt", "xlsx"
 * @param extension the file extension with its dot
 * @param exporter  makes the exporter for one run, given where to report the fraction done (0 to 1); formats that
 *                  cannot tell their progress ignore it
 */
public record ExportFormat(String id, String extension, Function<DoubleConsumer, Exporter> exporter) {

    /**
     * Formats are told apart by id. Written out because a record's own equals and hashCode are made at run time on
     * first use, which every export command would pay for.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExportFormat format && id.equals(format.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** An exporter for one run that reports its progress. */
    public Exporter create(DoubleConsumer progress) {
        return new SafeExporter(exporter.apply(progress));
    }
}
