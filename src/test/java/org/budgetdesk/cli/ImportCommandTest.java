package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE.xlsx --into P.budget | -o NEW.budget [--prior]} from the command line. */
class ImportCommandTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path project;
    private Path workbook;

    @BeforeEach
    void exportTheSample() throws Exception {
        project = folder.resolve(SampleProject.COUNTY_EDUCATION);
        Files.write(project, SampleProject.bytes(SampleProject.COUNTY_EDUCATION));
        workbook = folder.resolve("tables.xlsx");
        assertThat(run("export", project.toString(), "--xlsx", workbook.toString())).isZero();
        out.reset();
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE).run(List.of(args));
    }

    @Test
    void makesANewProjectWithTheTablesFigures() throws Exception {
        Path created = folder.resolve("new.budget");
        assertThat(run("import", workbook.toString(), "-o", created.toString())).isZero();

        Department original = new ProjectFiles().load(project);
        Department imported = new ProjectFiles().load(created);
        assertThat(imported.consolidated().income().total().current().get())
                .isEqualByComparingTo(original.consolidated().income().total().current().get());
        assertThat(imported.consolidated().functional().total().total().get())
                .isEqualByComparingTo(original.consolidated().functional().total().total().get());
        assertThat(imported.units()).hasSameSizeAs(original.units());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("新增单位", "已写入");
    }

    @Test
    void importingTheProjectsOwnTablesChangesNothingAndKeepsABackup() throws Exception {
        assertThat(run("import", workbook.toString(), "--into", project.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("没有变化");
        assertThat(project.resolveSibling(project.getFileName() + ".bak")).exists();
    }

    @Test
    void importsIntoThePriorYearColumn() throws Exception {
        assertThat(run("import", workbook.toString(), "--into", project.toString(), "--prior")).isZero();

        Department after = new ProjectFiles().load(project);
        var general = after.consolidated().income().source(FundingSource.GENERAL_PUBLIC_BUDGET);
        assertThat(general.prior().get()).isEqualByComparingTo(general.current().get());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("→");
    }

    @Test
    void listsUnreadableCellsAndWritesNothing() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("表3").getRow(6).getCell(3).setCellValue("(12.00)");
            try (OutputStream stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
        byte[] before = Files.readAllBytes(project);

        assertThat(run("import", workbook.toString(), "--into", project.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("表3!D7", "负数", "未写入");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void anUnusableWorkbookExitsWithTwo() throws Exception {
        Path bad = folder.resolve("bad.xlsx");
        Files.writeString(bad, "no workbook");

        assertThat(run("import", bad.toString(), "-o", folder.resolve("x.budget").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是可读取的");
        assertThat(folder.resolve("x.budget")).doesNotExist();
    }

    @Test
    void neverWritesTheNewProjectOverTheWorkbook() throws Exception {
        byte[] before = Files.readAllBytes(workbook);

        assertThat(run("import", workbook.toString(), "-o", workbook.toString())).isEqualTo(2);
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertThat(run("import", workbook.toString())).isEqualTo(2);
        assertThat(run("import", workbook.toString(), "--into")).isEqualTo(2);
        assertThat(run("import", workbook.toString(), "--into", "a", "-o", "b")).isEqualTo(2);
    }

    /** A workbook of two units' sheets whose amount column BudgetDesk does not know (年初批复数). */
    private Path unknownColumnWorkbook() throws Exception {
        Path file = folder.resolve("一体化.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
            for (String unit : List.of("教育局", "实验小学")) {
                var sheet = book.createSheet("2.20单位一般公共预算拨款表（" + unit + "）");
                sheet.createRow(0).createCell(0).setCellValue("单位名称：" + unit);
                var header = sheet.createRow(1);
                header.createCell(0).setCellValue("科目编码");
                header.createCell(1).setCellValue("科目名称");
                header.createCell(2).setCellValue("年初批复数");
                var row = sheet.createRow(2);
                row.createCell(0).setCellValue("2050201");
                row.createCell(1).setCellValue("学前教育");
                row.createCell(2).setCellValue(unit.length() * 1000);
            }
            book.write(stream);
        }
        return file;
    }

    @Test
    void printsTheMappingAndImportsWithTheCorrectedOneCreatingTheUnitsItNames() throws Exception {
        Path file = unknownColumnWorkbook();
        assertThat(run("import", file.toString(), "--print-mapping")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("\"科目编码\" : \"code\"", "\"年初批复数\" : \"\"");
        Path mapping = folder.resolve("mapping.json");
        Files.writeString(mapping, printed.replace("\"table\" : \"\"", "\"table\" : \"generalBudget\"")
                .replace("\"年初批复数\" : \"\"", "\"年初批复数\" : \"project\""));
        out.reset();

        Path created = folder.resolve("units.budget");
        assertThat(run("import", file.toString(), "-o", created.toString(), "--mapping", mapping.toString()))
                .isZero();

        Department imported = new ProjectFiles().load(created);
        assertThat(imported.units()).extracting(unit -> unit.name().get()).containsExactly("教育局", "实验小学");
        assertThat(imported.units().get(1).functional().find("2050201", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow().project().get()).isEqualByComparingTo("4000");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("新增单位：实验小学");
    }

    @Test
    void aMappingThatCannotBeReadExitsWithTwo() throws Exception {
        Path mapping = folder.resolve("bad.json");
        Files.writeString(mapping, "{\"sheets\": [{\"sheet\": \"表3\", \"table\": \"nonsense\"}]}");

        assertThat(run("import", workbook.toString(), "-o", folder.resolve("x.budget").toString(), "--mapping",
                mapping.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nonsense");
    }
}
