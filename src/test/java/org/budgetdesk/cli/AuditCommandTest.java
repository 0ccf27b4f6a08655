package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path folder;
    private Path seed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeSeed() throws Exception {
        seed = folder.resolve("seed.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/budgetdesk/audit/leshan-2021-published.txt")) {
            Files.write(seed, in.readAllBytes());
        }
    }

    private int run(Locale locale, String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void auditIsACommand() {
        assertThat(Cli.isCommand("audit")).isTrue();
    }

    @Test
    void textWithSlipsExitsOneAndListsThemInChinese() {
        int code = run(Locale.SIMPLIFIED_CHINESE, "audit", seed.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("按2021年预算审核", "2 个错误、1 个提示", "[错误]", "[提示]",
                "“住房保障支出”写作54.39万元", "标为2020年的预算数");
    }

    @Test
    void textWithoutSlipsExitsZero() throws Exception {
        Path clean = folder.resolve("clean.txt");
        Files.writeString(clean, "2021年某局收入预算总额为100万元，较上年预算数90万元增加10万元，增长11.11%。\n");

        assertThat(run(Locale.ENGLISH, "audit", clean.toString())).isZero();
        assertThat(out()).contains("Nothing found.");
    }

    @Test
    void jsonHasOneObjectPerFindingWithItsPlaceAndFigures() throws Exception {
        int code = run(Locale.ENGLISH, "audit", seed.toString(), "--json");

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(code).isEqualTo(1);
        assertThat(root.get("budgetYear").asInt()).isEqualTo(2021);
        assertThat(root.get("errors").asInt()).isEqualTo(2);
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(3);
        JsonNode year = findings.get(2);
        assertThat(year.get("kind").asText()).isEqualTo("YEAR");
        assertThat(year.get("severity").asText()).isEqualTo("ERROR");
        assertThat(year.get("location").get("paragraph").asInt()).isEqualTo(42);
        assertThat(year.get("location").get("section").asText()).contains("（三）");
        assertThat(year.get("sentence").asText()).contains("2020年预算数为54.38万元");
        assertThat(year.get("stated").asText()).isEqualTo("2020");
        assertThat(year.get("expected").asText()).isEqualTo("2021");
        assertThat(year.get("message").asText()).contains("本文是2021年预算");
        assertThat(year.get("messageEn").asText()).contains("This is a 2021 budget");
    }

    @Test
    void withTheProjectAFigureThatDiffersFromItIsReported() throws Exception {
        Path project = folder.resolve(SampleProject.FILE_NAME);
        Files.write(project, SampleProject.bytes());

        int code = run(Locale.SIMPLIFIED_CHINESE, "audit", seed.toString(), "--project", project.toString(), "--json");

        JsonNode findings = new ObjectMapper().readTree(out()).get("findings");
        assertThat(code).isEqualTo(1);
        assertThat(findings.findValuesAsText("kind")).contains("PROJECT_FIGURE");
        assertThat(out()).contains("项目文件中为54.38万元");
    }

    @Test
    void gbkTextIsReadToo() throws Exception {
        Path gbk = folder.resolve("gbk.txt");
        Files.write(gbk, Files.readString(seed).getBytes("GBK"));

        assertThat(run(Locale.SIMPLIFIED_CHINESE, "audit", gbk.toString())).isEqualTo(1);
        assertThat(out()).contains("2 个错误、1 个提示");
    }

    @Test
    void missingOrUnsupportedFileExitsTwoWithTheReason() throws Exception {
        Path old = folder.resolve("old.doc");
        Files.writeString(old, "x");

        assertThat(run(Locale.ENGLISH, "audit", folder.resolve("none.txt").toString())).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "audit", old.toString())).isEqualTo(2);
        assertThat(err()).contains("Cannot read none.txt", "Unsupported file type: old.doc");
        assertThat(err()).doesNotContain("Exception\n\tat");
    }

    @Test
    void wrongCommandLineExitsTwoWithTheUsage() {
        assertThat(run(Locale.ENGLISH, "audit")).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "audit", seed.toString(), "--project")).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "audit", seed.toString(), "--strict")).isEqualTo(2);
        assertThat(err()).contains("Usage: budgetdesk audit FILE");
    }
}
