package org.budgetdesk.export.common;

import java.io.IOException;
import java.nio.file.Path;
import org.budgetdesk.model.Department;

/**
 * Writes a department to one output format (.docx, .txt, .xlsx). Called off the UI thread on a department that
 * nobody edits meanwhile (the workbench exports a copy loaded from the serialized model).
 */
public interface Exporter {
    /** Writes the output file, replacing it. */
    void export(Department department, Path output, ExportOptions options) throws IOException;
}
