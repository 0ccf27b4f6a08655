package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
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

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summaryTextStatesTheHeadlineFiguresInWanYuan() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "summary", sample.toString())).isZero();
        assertThat(out())
                .contains("收入总计: 763.06，上年732.39，增减30.67，增减率4.19%")
                .contains("基本支出: 658.17", "人员经费: 461.37", "公用经费: 196.80", "项目支出: 104.89")
                .contains("208 社会保障和就业支出: 690.58，占90.50%")
                .contains("合计: 3.00，上年3.88，增减-0.88，增减率-22.68%")
                .contains("机关运行经费: 181.30，上年67.21，增减114.09，增减率169.75%")
                .contains("因公出国（境）费: 0.00，上年0.00，增减0.00，上年无该项预算，无可比性");
        assertThat(err()).isEmpty();
    }

    @Test
    void summaryTextSpeaksEnglishOutsideChina() {
        assertThat(run(Locale.ENGLISH, "summary", sample.toString())).isZero();
        assertThat(out()).contains("Income total: 763.06, prior 732.39, change 30.67, rate 4.19%");
    }

    @Test
    void summaryJsonHasAmountsInYuanAndPercentStrings() throws Exception {
        assertThat(run(Locale.ENGLISH, "summary", sample.toString(), "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("budgetYear").asInt()).isEqualTo(2021);
        assertThat(root.at("/income/total/current").asText()).isEqualTo("7630560.00");
        assertThat(root.at("/income/total/change").asText()).isEqualTo("306680.00");
        assertThat(root.at("/income/sources/0/source").asText()).isEqualTo("GENERAL_PUBLIC_BUDGET");
        assertThat(root.at("/expenditure/basic").asText()).isEqualTo("6581660.00");
        assertThat(root.at("/expenditure/classes/0/code").asText()).isEqualTo("208");
        assertThat(root.at("/expenditure/classes/0/share").asText()).isEqualTo("90.50");
        assertThat(root.at("/threePublic/total/rate").asText()).isEqualTo("-22.68");
        assertThat(root.at("/threePublic/overseasTravel/rate").isNull()).isTrue();
        assertThat(root.at("/operatingCosts/rate").asText()).isEqualTo("169.75");
        assertThat(root.has("figures")).isFalse();
    }

    @Test
    void summaryStatesTheComparedFiguresTheSchemaAdds() throws Exception {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department department = SampleProject.load();
            ComparedAmount training = FigureSchema.current().figure("training").compared(department.ownUnit());
            training.current().set(new BigDecimal("60000.00"));
            training.prior().set(new BigDecimal("40000.00"));
            Path file = folder.resolve("training.budget");
            new ProjectFiles().save(department, file);

            assertThat(run(Locale.SIMPLIFIED_CHINESE, "summary", file.toString())).isZero();
            assertThat(out()).contains("培训费: 6.00，上年4.00，增减2.00，增减率50.00%");
            out.reset();
            assertThat(run(Locale.ENGLISH, "summary", file.toString(), "--json")).isZero();
            JsonNode root = new ObjectMapper().readTree(out());
            assertThat(root.at("/figures/training/current").asText()).isEqualTo("60000.00");
            assertThat(root.at("/figures/training/rate").asText()).isEqualTo("50.00");
            assertThat(root.at("/figures/training/name").asText()).isEqualTo("培训费");
            assertThat(root.at("/figures/meetings/current").asText()).isEqualTo("0.00");
        }
    }

    @Test
    void unreadableFileExitsWithTwoAndAClearMessage() throws Exception {
        Path broken = folder.resolve("broken.budget");
        Files.writeString(broken, "{ \"formatVersion\": 1, ");
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "summary", broken.toString())).isEqualTo(Cli.CANNOT_READ);
        assertThat(err()).contains("broken.budget").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingFileExitsWithTwo() {
        assertThat(run(Locale.ENGLISH, "summary", folder.resolve("nowhere.budget").toString()))
                .isEqualTo(Cli.CANNOT_READ);
        assertThat(err()).contains("nowhere.budget");
    }

    @Test
    void wrongCommandLineShowsUsage() {
        assertThat(run(Locale.ENGLISH, "summary")).isEqualTo(Cli.CANNOT_READ);
        assertThat(err()).contains("Usage");
        assertThat(run(Locale.ENGLISH, "summary", sample.toString(), "--yaml")).isEqualTo(Cli.CANNOT_READ);
        assertThat(err()).contains("--yaml");
    }
}
