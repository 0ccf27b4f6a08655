package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.region.Region;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Arguments> exports() {
        return Stream.of(SampleProject.FILE_NAME, SampleProject.COUNTY_EDUCATION).flatMap(sample ->
                Stream.of("sichuan", "sichuan-2024", "central").flatMap(set ->
                        Stream.of(DisplayUnit.WAN_YUAN, DisplayUnit.YUAN)
                                .map(unit -> Arguments.of(sample, set, unit))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("exports")
    void importingItsOwnExportChangesNothing(String sample, String set, DisplayUnit unit) throws Exception {
        Department original = SampleProject.load(sample);
        Path workbook = folder.resolve(set + ".xlsx");
        new XlsxExporter().export(original, workbook, new ExportOptions(set, unit, List.of()));

        ImportedFigures figures = WorkbookImport.read(workbook);
        ImportPlan plan = ImportPlan.of(original, figures, false);

        assertThat(figures.tableSet()).isEqualTo(Region.named(set).name());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newUnits()).isEmpty();
        assertThat(plan.changes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("exports")
    void aNewProjectFromTheExportHasTheFiguresTheTablesCarry(String sample, String set, DisplayUnit unit)
            throws Exception {
        Department original = SampleProject.load(sample);
        Path workbook = folder.resolve(set + ".xlsx");
        new XlsxExporter().export(original, workbook, new ExportOptions(set, unit, List.of()));

        ImportedFigures figures = WorkbookImport.read(workbook);
        Department imported = figures.newDepartment();
        ImportPlan plan = ImportPlan.of(imported, figures, false);
        assertThat(plan.problems()).isEmpty();
        plan.command().execute();

        assertThat(imported.name().get()).isEqualTo(original.name().get());
        assertThat(imported.budgetYear().get()).isEqualTo(original.budgetYear().get());
        Unit was = original.consolidated();
        Unit now = imported.consolidated();
        for (FundingSource source : FundingSource.values()) {
            assertThat(now.income().source(source).current().get()).as(source.name())
                    .isEqualByComparingTo(was.income().source(source).current().get());
        }
        FunctionalGroup before = was.functional().total();
        FunctionalGroup after = now.functional().total();
        assertThat(after.total().get()).isEqualByComparingTo(before.total().get());
        assertThat(after.basic().get()).isEqualByComparingTo(before.basic().get());
        assertThat(after.project().get()).isEqualByComparingTo(before.project().get());
        if (set.startsWith("sichuan")) {
            assertThat(after.personnel().get()).isEqualByComparingTo(before.personnel().get());
        }
        assertThat(now.functional().classes().keySet()).isEqualTo(was.functional().classes().keySet());
        was.functional().classes().forEach((code, group) -> assertThat(now.functional().classes().get(code).total()
                .get()).as(code).isEqualByComparingTo(group.total().get()));
        for (FundingSource source : figures.distinctSources) {
            for (FunctionalLine line : was.functional().lines()) {
                if (line.source() == source && line.total().get().signum() != 0) {
                    FunctionalLine back = now.functional().find(line.itemCode(), source).orElseThrow();
                    assertThat(back.personnel().get()).isEqualByComparingTo(line.personnel().get());
                    assertThat(back.publicCosts().get()).isEqualByComparingTo(line.publicCosts().get());
                    assertThat(back.project().get()).isEqualByComparingTo(line.project().get());
                }
            }
        }
        // project spending by 款 travels in Sichuan's 表2-1 only: elsewhere a 款 with project spending alone is absent
        boolean classifiesProjects = set.startsWith("sichuan");
        List<EconomicLine> carried = was.economic().lines().stream()
                .filter(line -> line.current().get().signum() != 0 || classifiesProjects).toList();
        assertThat(now.economic().lines()).hasSameSizeAs(carried);
        // the economic tables show the 财政拨款 (Sichuan 表2-1) or 一般公共预算 (central table 6) share of each 款
        List<Fund> economicFunds = set.startsWith("sichuan")
                ? List.of(Fund.GENERAL_PUBLIC_BUDGET, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL)
                : List.of(Fund.GENERAL_PUBLIC_BUDGET);
        for (EconomicLine line : carried) {
            EconomicLine back = now.economic().find(line.itemCode()).orElseThrow();
            assertThat(back.current().get()).as(line.itemCode()).isEqualByComparingTo(
                    economicFunds.stream().map(line::share).reduce(BigDecimal.ZERO, BigDecimal::add));
            if (classifiesProjects) {
                assertThat(back.project().get()).isEqualByComparingTo(line.project().get());
            }
        }
        List<Fund> covered = set.startsWith("sichuan")
                ? List.of(Fund.GENERAL_PUBLIC_BUDGET, Fund.GOVERNMENT_FUND)
                : List.of(Fund.GENERAL_PUBLIC_BUDGET);
        for (ThreePublicPart part : ThreePublicPart.values()) {
            BigDecimal expected = covered.stream()
                    .map(fund -> was.threePublic().share(fund).part(part).current().getValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(now.threePublic().part(part).current().get()).as(part.name()).isEqualByComparingTo(expected);
        }
    }
}
