package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.xlsx.XlsxExporter;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan: computed without touching the project, applied as one undo step, into this year or the prior year. */
class ImportPlanTest {
    @TempDir
    Path folder;

    private ImportedFigures exported(Department department) throws Exception {
        Path workbook = folder.resolve("tables.xlsx");
        new XlsxExporter().export(department, workbook, new ExportOptions("sichuan", DisplayUnit.WAN_YUAN, List.of()));
        return WorkbookImport.read(workbook);
    }

    @Test
    void planningChangesNothingAndApplyingIsOneUndoStep() throws Exception {
        Department source = SampleProject.load();
        FunctionalLine line = source.ownUnit().functional().lines().get(0);
        line.personnel().set(line.personnel().get().add(new BigDecimal("100.00")));
        ImportedFigures figures = exported(source);
        Department target = SampleProject.load();
        byte[] before = new ProjectFiles().toBytes(target);

        ImportPlan plan = ImportPlan.of(target, figures, false);

        assertThat(new ProjectFiles().toBytes(target)).isEqualTo(before);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.subject()).startsWith(line.itemCode());
            assertThat(change.after().subtract(change.before())).isEqualByComparingTo("100");
        });
        UndoManager undo = new UndoManager();
        undo.execute(plan.command());
        assertThat(target.consolidated().functional().total().total().get())
                .isEqualByComparingTo(source.consolidated().functional().total().total().get());
        undo.undo();
        assertThat(new ProjectFiles().toBytes(target)).isEqualTo(before);
    }

    @Test
    void importsLastYearsTablesIntoThePriorColumn() throws Exception {
        ImportedFigures lastYear = exported(SampleProject.load(SampleProject.COUNTY_EDUCATION));
        Department target = SampleProject.load(SampleProject.COUNTY_EDUCATION);

        ImportPlan plan = ImportPlan.of(target, lastYear, true);
        assertThat(plan.problems()).isEmpty();
        plan.command().execute();

        var income = target.consolidated().income();
        for (FundingSource source : FundingSource.values()) {
            assertThat(income.source(source).prior().get()).as(source.name())
                    .isEqualByComparingTo(income.source(source).current().get());
        }
        // 表2-1 shows what 财政拨款 pays of each 款: the part other money pays has no prior-year figure in the tables
        BigDecimal nonFiscal = target.consolidated().economic().lines().stream()
                .map(line -> line.share(Fund.NON_FISCAL)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(nonFiscal).isPositive();
        assertThat(target.consolidated().economic().total().prior().get())
                .isEqualByComparingTo(target.consolidated().economic().total().current().get().subtract(nonFiscal));
        assertThat(target.consolidated().functional().total().prior().get())
                .isEqualByComparingTo(target.consolidated().functional().total().total().get());
    }

    @Test
    void aUnitTheProjectLacksIsAdded() throws Exception {
        Department source = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        ImportedFigures figures = exported(source);
        Department target = new Department(source.name().get(), source.budgetYear().get());

        ImportPlan plan = ImportPlan.of(target, figures, false);

        assertThat(plan.newUnits()).hasSize(source.units().size() - 1);
        assertThat(target.units()).hasSize(1);
        plan.command().execute();
        assertThat(target.units()).hasSameSizeAs(source.units());
    }
}
