package org.budgetdesk.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;

/** Exports for tests, and reading them back with POI. */
final class Exports {
    private Exports() {
    }

    static Department sample() {
        try {
            return SampleProject.load();
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Department department, String set, DisplayUnit unit, Path folder) throws IOException {
        Path file = folder.resolve(set + "-" + unit + ".xlsx");
        new XlsxExporter().export(department, file, new ExportOptions(set, unit, java.util.List.of()));
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static XSSFWorkbook sampleWorkbook(String set, DisplayUnit unit, Path folder) throws IOException {
        return open(write(sample(), set, unit, folder));
    }
}
