package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Arguments> exports() {
        return Stream.of(SampleProject.FILE_NAME, SampleProject.COUNTY_EDUCATION).flatMap(sample ->
                Stream.of("sichuan", "central").flatMap(set ->
                        Stream.of(DisplayUnit.WAN_YUAN, DisplayUnit.YUAN).map(unit -> Arguments.of(sample, set, unit))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("exports")
    void importingItsOwnExportChangesNothing(String sample, String set, DisplayUnit unit) throws Exception {
        Department original = SampleProject.load(sample);
        Path workbook = folder.resolve(set + ".xlsx");
        new XlsxExporter().export(original, workbook, new ExportOptions(set, unit, List.of()));

        ImportedFigures figures = WorkbookImport.read(workbook);
        ImportPlan plan = ImportPlan.of(original, figures, false);

        assertThat(figures.tableSet()).isEqualTo(set);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newUnits()).isEmpty();
        assertThat(plan.changes()).isEmpty();
    }
}
