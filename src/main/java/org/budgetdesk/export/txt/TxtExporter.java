package org.budgetdesk.export.txt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.io.AtomicFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.PlainText;

/**
 * The explanation of the whole department as plain UTF-8 text (no byte-order mark, {@code \n} line endings): the
 * title, numbered headings and paragraphs separated by blank lines, placeholders shown by their markers.
 */
public final class TxtExporter implements Exporter {
    @Override
    public void export(Department department, Path output, ExportOptions options) throws IOException {
        NarrativeTemplate template = NarrativeTemplate.forRegionOrDefault(options.tableSet());
        String text = PlainText.render(new NarrativeGenerator(template).generate(department));
        AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
