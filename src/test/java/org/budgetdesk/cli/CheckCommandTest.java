package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path folder;
    private Path sample;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeSample() throws Exception {
        sample = folder.resolve(SampleProject.FILE_NAME);
        Files.write(sample, SampleProject.bytes());
    }

    private int run(Locale locale, String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The sample with 机关运行经费 above 公用经费 (X14, an error), saved beside it. */
    private Path broken() throws Exception {
        Department department = SampleProject.load();
        department.ownUnit().operatingCosts().current().set(new java.math.BigDecimal("2500000.00"));
        Path file = folder.resolve("broken.budget");
        new ProjectFiles().save(department, file);
        return file;
    }

    @Test
    void theSampleHasNoErrorAndExitsWithZero() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "check", sample.toString())).isZero();
        assertThat(out())
                .startsWith("乐山市社会保险事务中心（2021年）检查结果：错误0个，警告2个，提示5个")
                .contains("【警告】P1 “三公”经费 · 乐山市社会保险事务中心：单位有公务用车1辆")
                .contains("【提示】X5 一般公共预算支出 · 乐山市社会保险事务中心 · 208：208 社会保障和就业支出（类）为690.58万元");
    }

    @Test
    void textIsInEnglishOutsideChina() {
        assertThat(run(Locale.ENGLISH, "check", sample.toString())).isZero();
        assertThat(out()).contains("0 errors, 2 warnings, 5 notes")
                .contains("[Warning] P2 Operating costs and other matters / 乐山市社会保险事务中心: Agency operating costs");
    }

    @Test
    void anErrorExitsWithOne() throws Exception {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "check", broken().toString())).isEqualTo(CheckCommand.HAS_ERRORS);
        assertThat(out()).contains("【错误】X14").contains("机关运行经费250.00万元超过公用经费196.80万元");
    }

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        assertThat(run(Locale.ENGLISH, "check", broken().toString(), "--json")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("budgetYear").asInt()).isEqualTo(2021);
        assertThat(root.path("errors").asInt()).isEqualTo(1);
        assertThat(root.path("warnings").asInt()).isEqualTo(2);
        JsonNode error = null;
        for (JsonNode finding : root.path("findings")) {
            if (finding.path("severity").asText().equals("ERROR")) {
                error = finding;
            }
        }
        assertThat(error.path("rule").asText()).isEqualTo("X14");
        assertThat(error.path("severity").asText()).isEqualTo("ERROR");
        assertThat(error.path("section").asText()).isEqualTo("OTHER");
        assertThat(error.path("unit").asText()).isEqualTo("乐山市社会保险事务中心");
        assertThat(error.path("unitIndex").asInt()).isZero();
        assertThat(error.path("code").isNull()).isTrue();
        assertThat(error.path("field").asText()).isEqualTo("operatingCosts");
        assertThat(error.path("message").asText()).startsWith("机关运行经费250.00万元");
        assertThat(error.path("messageEn").asText()).startsWith("Agency operating costs 250.00");
        assertThat(error.path("figures").get(0).asText()).isEqualTo("250.00");
    }

    @Test
    void unreadableFileExitsWithTwo() throws Exception {
        Path broken = folder.resolve("truncated.budget");
        Files.writeString(broken, "{ \"formatVersion\": 1, ");
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "check", broken.toString())).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("truncated.budget").doesNotContain("\tat ");
        assertThat(run(Locale.ENGLISH, "check", folder.resolve("nowhere.budget").toString()))
                .isEqualTo(Cli.CANNOT_READ);
    }

    @Test
    void wrongCommandLineShowsTheUsageAndExitsWithTwo() {
        assertThat(run(Locale.ENGLISH, "check")).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: budgetdesk check FILE [--json]");
        assertThat(run(Locale.ENGLISH, "check", sample.toString(), "--yaml")).isEqualTo(Cli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--yaml");
    }
}
