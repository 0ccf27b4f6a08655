package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export as LibreOffice saves it again, as .xls (BIFF8) and as .xlsx, imports back with no change; so does a
 * 一体化 workbook saved as .xls. Skipped
 * without {@code soffice}, except on CI (the {@code CI} variable set), where it fails.
 */
class LibreOfficeImportTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xls", "xlsx"})
    void aWorkbookResavedByLibreOfficeImportsBackWithNoChange(String format) throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty() && System.getenv("CI") == null) {
            Assumptions.abort("soffice is not installed");
        }
        Department original = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        Path exported = folder.resolve("export").resolve("tables.xlsx");
        Files.createDirectories(exported.getParent());
        new XlsxExporter().export(original, exported, new ExportOptions("sichuan", DisplayUnit.WAN_YUAN, List.of()));
        Path out = folder.resolve("out");
        Files.createDirectories(out);
        Process process = new ProcessBuilder(soffice.orElseThrow().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", format,
                "--outdir", out.toString(), exported.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        Path resaved = out.resolve("tables." + format);
        assertThat(resaved).exists();

        ImportedFigures figures = WorkbookImport.read(resaved);
        ImportPlan plan = ImportPlan.of(original, figures, false);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.newUnits()).isEmpty();
    }

    @Test
    void aYitihuaWorkbookSavedByLibreOfficeAsXlsGivesTheSameFigures() throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty() && System.getenv("CI") == null) {
            Assumptions.abort("soffice is not installed");
        }
        Path original = folder.resolve("in").resolve("一体化.xlsx");
        Files.createDirectories(original.getParent());
        SheetBuilder.save(YitihuaImportTest.departmentWorkbook(), original);
        Path out = folder.resolve("out");
        Files.createDirectories(out);
        Process process = new ProcessBuilder(soffice.orElseThrow().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "xls",
                "--outdir", out.toString(), original.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        ImportedFigures resaved = WorkbookImport.read(out.resolve("一体化.xls"));
        ImportedFigures figures = WorkbookImport.read(original);
        assertThat(resaved.problems()).isEmpty();
        assertThat(resaved.tableSet()).isEqualTo("yitihua");
        assertThat(resaved.functional()).isEqualTo(figures.functional());
        assertThat(resaved.economic()).isEqualTo(figures.economic());
        assertThat(resaved.income()).isEqualTo(figures.income());
    }

    private static Optional<Path> soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (!folder.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
