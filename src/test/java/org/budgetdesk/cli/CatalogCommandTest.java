package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog import} and {@code catalog list}, and what an import changes for {@code check}: a project using
 * codes the shipped lists lack has P4 findings until the year's list is imported, into a fresh settings folder, and
 * none after; saved then, the project carries the names to a computer without the list.
 */
class CatalogCommandTest {
    @TempDir
    Path folder;
    private final CatalogLibrary before = CatalogLibrary.standard();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private Path project;
    private Path list;

    @BeforeEach
    void writeProjectAndList() throws Exception {
        Department department = SampleProject.load();
        FunctionalLine line = new FunctionalLine("2013101");
        line.project().set(new java.math.BigDecimal("100000.00"));
        department.ownUnit().functional().add(line);
        department.ownUnit().functional().add(new FunctionalLine("2040299"));
        department.ownUnit().economic().add(new EconomicLine("30230"));
        project = folder.resolve("project.budget");
        new ProjectFiles().save(department, project);
        list = folder.resolve("2021年科目.csv");
        Files.write(list, ("2021年政府收支分类科目（摘录）\r\n科目编码,科目名称\r\n"
                + "201,一般公共服务支出\r\n20131,党委办公厅（室）及相关机构事务\r\n2013101,行政运行\r\n"
                + "204,公共安全支出\r\n20402,公安\r\n2040299,其他公安支出\r\n").getBytes(Charset.forName("GBK")));
    }

    @AfterEach
    void restoreTheStandardLibrary() {
        CatalogLibrary.setStandard(before);
    }

    private int run(Path home, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE, home.resolve("catalogs"));
        return cli.run(List.of(args));
    }

    private List<String> p4(Path home, Path file) throws Exception {
        assertThat(run(home, "check", file.toString(), "--json")).isIn(0, 1);
        List<String> codes = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("findings")) {
            if (finding.get("rule").asText().equals("P4")) {
                codes.add(finding.get("code").asText() + " " + finding.get("severity").asText());
            }
        }
        return codes;
    }

    @Test
    void afterImportingTheYearsListCheckFindsNoP4AndTheSavedProjectCarriesTheNames() throws Exception {
        Path home = folder.resolve("fresh-home");
        assertThat(p4(home, project)).containsExactly("20131 WARNING", "20402 WARNING", "2013101 INFO", "2040299 INFO",
                "30230 INFO");
        String warning = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("findings")
                .findValues("message").stream().map(JsonNode::asText).filter(m -> m.startsWith("科目编码20131不在"))
                .findFirst().orElseThrow();
        assertThat(warning).contains("自带的2021年版科目表", "工具 → 导入科目表…", "catalog import 文件 --year 2021");

        assertThat(run(home, "catalog", "import", list.toString(), "--year", "2021")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("从2021年科目.csv读取2021年支出功能分类科目（按编码判断）：工作表“2021年科目.csv”，编码在A列、名称在B列，自第3行起")
                .contains("类2个、款2个、项2个，共6个")
                .contains("第1行：表格上方的标题、表头或说明：2021年政府收支分类科目（摘录）")
                .contains("已保存到" + home.resolve("catalogs").resolve("functional-2021.tsv").toAbsolutePath());
        assertThat(p4(home, project)).containsExactly("30230 INFO");

        Department loaded = new ProjectFiles().load(project);
        Path resaved = folder.resolve("resaved.budget");
        new ProjectFiles().save(loaded, resaved);
        assertThat(Files.readString(resaved)).contains("\"2013101\": \"行政运行\"", "\"20131\": \"党委办公厅（室）及相关机构事务\"");

        Path reviewer = folder.resolve("reviewer-home");
        assertThat(p4(reviewer, resaved)).as("no list imported here; the file carries the names")
                .containsExactly("30230 INFO");
        assertThat(run(reviewer, "catalog", "list", "--project", resaved.toString(), "--kind", "functional")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("2021年支出功能分类科目，共")
                .contains("未导入2021年及以前的科目表")
                .contains("2013101\t项\t行政运行\t项目\n")
                .contains("2080101\t项\t行政运行\t自带\n");
    }

    @Test
    void listShowsCodeLevelNameAndSource() {
        Path home = folder.resolve("home");
        assertThat(run(home, "catalog", "import", list.toString(), "--year", "2021", "--kind", "functional")).isZero();
        assertThat(run(home, "catalog", "list", "--year", "2022")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("2022年支出功能分类科目，共")
                .contains("自带2021年版（不完整）；导入的2021年科目表（来自2021年科目.csv (2021年科目.csv)）")
                .contains("20131\t款\t党委办公厅（室）及相关机构事务\t导入\n")
                .contains("208\t类\t社会保障和就业支出\t自带\n")
                .contains("2022年部门预算支出经济分类科目，共")
                .contains("30101\t款\t基本工资\t自带\n");
        assertThat(run(home, "catalog", "list", "--year", "2020", "--kind", "functional")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("20131\t");
    }

    @Test
    void aFileWithoutCodesExitsTwoNamingTheRowsAndColumnsTried() throws Exception {
        Path empty = folder.resolve("notes.csv");
        Files.writeString(empty, "说明,金额\n合计,1234.50\n");
        assertThat(run(folder, "catalog", "import", empty.toString(), "--year", "2025")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "notes.csv中没有找到科目编码：试过工作表“notes.csv”第1–2行、A–B列。");
        assertThat(Files.exists(folder.resolve("catalogs"))).isFalse();
    }

    @Test
    void rowsWorthALookGiveExitOneAndDryRunStoresNothing() throws Exception {
        Path odd = folder.resolve("odd.txt");
        Files.writeString(odd, "208 社会保障和就业支出\n20801 人力资源和社会保障管理事务\n20801 另一个名称\n2080101\n");
        assertThat(run(folder, "catalog", "import", odd.toString(), "--year", "2025", "--dry-run")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("第3行：编码重复而名称不同，保留前面的行：20801 另一个名称")
                .contains("第4行：有编码没有名称：2080101")
                .contains("未保存（--dry-run）。");
        assertThat(Files.exists(folder.resolve("catalogs"))).isFalse();
    }

    @Test
    void wrongCommandLinesExitTwoWithTheUsage() {
        assertThat(run(folder, "catalog")).isEqualTo(2);
        assertThat(run(folder, "catalog", "import", list.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("请用 --year 指定年度").contains("budgetdesk catalog import");
        assertThat(run(folder, "catalog", "import", list.toString(), "--year", "2021", "--kind", "revenue"))
                .isEqualTo(2);
        assertThat(run(folder, "catalog", "import", "--year", "2021")).isEqualTo(2);
        assertThat(run(folder, "catalog", "list", "--year", "21")).isEqualTo(2);
        assertThat(run(folder, "catalog", "remove")).isEqualTo(2);
        assertThat(run(folder, "catalog", "import", folder.resolve("missing.xlsx").toString(), "--year", "2021"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取");
    }
}
