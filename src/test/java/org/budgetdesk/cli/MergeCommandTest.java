package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge UNIT.budget --into DEPARTMENT.budget}: a unit's own project brought into the department. */
class MergeCommandTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE).run(List.of(args));
    }

    private static Department project(String name, int year, String unitName, String personnel) {
        Department department = new Department(name, year);
        Unit unit = unitName.equals(name) ? department.ownUnit() : new Unit(unitName);
        FunctionalLine line = new FunctionalLine("2050201", FundingSource.GENERAL_PUBLIC_BUDGET);
        line.personnel().set(new BigDecimal(personnel));
        unit.functional().add(line);
        if (unit != department.ownUnit()) {
            department.units().add(unit);
        }
        return department;
    }

    @Test
    void replacesTheUnitPrintsTheDifferencesAndKeepsABackup() throws Exception {
        Path departmentFile = folder.resolve("教育局.budget");
        Path unitFile = folder.resolve("实验小学.budget");
        new ProjectFiles().save(project("教育局", 2025, "实验小学", "10.00"), departmentFile);
        new ProjectFiles().save(project("实验小学", 2025, "实验小学", "20.00"), unitFile);

        assertThat(run("merge", unitFile.toString(), "--into", departmentFile.toString())).isZero();

        Department merged = new ProjectFiles().load(departmentFile);
        assertThat(merged.units()).hasSize(2);
        assertThat(merged.units().get(1).functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow().personnel().get()).isEqualByComparingTo("20");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("替换单位：实验小学", "实验小学 ·", "已写入");
        assertThat(departmentFile.resolveSibling("教育局.budget.bak")).exists();
    }

    @Test
    void aProjectOfAnotherYearIsRefusedAndNothingIsWritten() throws Exception {
        Path departmentFile = folder.resolve("教育局.budget");
        Path unitFile = folder.resolve("实验小学.budget");
        new ProjectFiles().save(project("教育局", 2025, "实验小学", "10.00"), departmentFile);
        new ProjectFiles().save(project("实验小学", 2024, "实验小学", "20.00"), unitFile);

        assertThat(run("merge", unitFile.toString(), "--into", departmentFile.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("另一预算年度");
        assertThat(departmentFile.resolveSibling("教育局.budget.bak")).doesNotExist();
    }
}
