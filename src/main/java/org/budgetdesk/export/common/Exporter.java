package org.budgetdesk.export.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.model.Department;

/**
 * Writes a department to one output format (.docx, .txt, .xlsx). Called off the UI thread on a department that
 * nobody edits meanwhile (the workbench exports a copy loaded from the serialized model).
 */
public interface Exporter {
    /** Writes the output file, replacing it. */
    void export(Department department, Path output, ExportOptions options) throws IOException;

    /**
     * How many characters of the last export's texts no office file can hold (control characters, lone surrogates)
     * were written as U+FFFD instead; 0 when none.
     */
    default int replacedCharacters() {
        return 0;
    }

    /** What the last export did to texts so that it could be written, field by field; empty when nothing. */
    default List<ExportWarning> warnings() {
        return List.of();
    }
}
