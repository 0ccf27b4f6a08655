package org.budgetdesk.export.docx;

import java.io.IOException;
import java.nio.file.Path;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;

/**
 * The explanation of the whole department (部门汇总) as a .docx. The template is the region named by the options'
 * table set when it has an explanation template, else the Sichuan one. Charts in the options become an appendix.
 */
public final class DocxExporter implements Exporter {
    @Override
    public void export(Department department, Path output, ExportOptions options) throws IOException {
        NarrativeTemplate template = NarrativeTemplate.forRegionOrDefault(options.tableSet());
        DocxWriter.Author author = new DocxWriter.Author(department.name().get(),
                department.budgetYear().get() + "年部门预算");
        DocxWriter.write(new NarrativeGenerator(template).generate(department), options.charts(), author, output);
    }
}
