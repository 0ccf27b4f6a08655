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
import org.budgetdesk.compare.Drafts;
import org.budgetdesk.io.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path folder;
    private Path earlier;
    private Path later;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeDrafts() throws Exception {
        earlier = folder.resolve("draft1.budget");
        later = folder.resolve("draft2.budget");
        new ProjectFiles().save(Drafts.earlier(), earlier);
        new ProjectFiles().save(Drafts.later(), later);
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
    void diffIsACommand() {
        assertThat(Cli.isCommand("diff")).isTrue();
    }

    @Test
    void equalDraftsExitWithZero() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "diff", earlier.toString(), earlier.toString())).isZero();
        assertThat(out()).contains("完全相同");
        assertThat(err()).isEmpty();
    }

    @Test
    void differentDraftsExitWithOneAndListEachDifferenceUnderItsSection() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "diff", earlier.toString(), later.toString())).isEqualTo(1);

        assertThat(out()).contains("3处不同")
                .containsSubsequence("【概况】", "年度重点工作任务第1段：— → “" + Drafts.NEW_KEY_TASK + "”（新增）",
                        "【收入】", "乐山市社会保险事务中心 · 一般公共预算拨款 · 本年预算数：763.06 → 800.00（+36.94）",
                        "【一般公共预算支出】", "2080101 行政运行 · 用途说明：", "→ “" + Drafts.CHANGED_PURPOSE + "”");
        assertThat(err()).isEmpty();
    }

    @Test
    void englishTextNamesTheSectionsInEnglish() {
        assertThat(run(Locale.ENGLISH, "diff", earlier.toString(), later.toString())).isEqualTo(1);

        assertThat(out()).contains("3 differences", "[Income]",
                "General public budget appropriation · This year: 763.06 → 800.00 (+36.94)");
    }

    @Test
    void jsonListsEveryDifferenceWithAmountsInYuan() throws Exception {
        assertThat(run(Locale.ENGLISH, "diff", later.toString(), earlier.toString(), "--json")).isEqualTo(1);

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("equal").asBoolean()).isFalse();
        assertThat(root.path("count").asInt()).isEqualTo(3);
        JsonNode income = root.at("/differences/1");
        assertThat(income.path("section").asText()).isEqualTo("INCOME");
        assertThat(income.path("unit").asInt()).isZero();
        assertThat(income.path("key").asText()).isEqualTo("GENERAL_PUBLIC_BUDGET.current");
        assertThat(income.path("change").asText()).isEqualTo("CHANGED");
        assertThat(income.path("kind").asText()).isEqualTo("AMOUNT");
        assertThat(income.path("before").asText()).isEqualTo("8000000.00");
        assertThat(income.path("after").asText()).isEqualTo("7630560.00");
        assertThat(income.path("delta").asText()).isEqualTo("-369440.00");
        JsonNode task = root.at("/differences/0");
        assertThat(task.path("change").asText()).isEqualTo("REMOVED");
        assertThat(task.path("after").isNull()).isTrue();
        assertThat(task.path("delta").isNull()).isTrue();
        assertThat(root.at("/differences/2/label").asText()).isEqualTo("2080101 行政运行 · Purpose");
    }

    @Test
    void equalDraftsGiveAnEmptyJsonList() throws Exception {
        assertThat(run(Locale.ENGLISH, "diff", "--json", earlier.toString(), earlier.toString())).isZero();

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("equal").asBoolean()).isTrue();
        assertThat(root.path("differences")).isEmpty();
    }

    @Test
    void anUnreadableDraftExitsWithTwoAndSaysWhich() throws Exception {
        Path broken = folder.resolve("broken.budget");
        Files.writeString(broken, "{ \"formatVersion\": 2, ");

        assertThat(run(Locale.ENGLISH, "diff", earlier.toString(), broken.toString())).isEqualTo(2);
        assertThat(err()).contains("broken.budget").doesNotContain("Exception");
        assertThat(out()).isEmpty();

        assertThat(run(Locale.ENGLISH, "diff", folder.resolve("none.budget").toString(), later.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("none.budget");
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsTheUsage() {
        assertThat(run(Locale.ENGLISH, "diff", earlier.toString())).isEqualTo(2);
        assertThat(err()).contains("Usage: budgetdesk diff", "Exit codes");
        assertThat(run(Locale.ENGLISH, "diff", earlier.toString(), later.toString(), "--yaml")).isEqualTo(2);
        assertThat(err()).contains("--yaml");
        assertThat(out()).isEmpty();
    }
}
