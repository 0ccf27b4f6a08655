package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRoundTripTest {
    private final ProjectFiles files = new ProjectFiles();

    @TempDir
    Path folder;

    @Test
    void richDepartmentRoundTripsWithEveryFieldEqual() throws Exception {
        Department original = SampleProjects.rich();
        Path file = folder.resolve("rich.budget");
        files.save(original, file);

        Department loaded = files.load(file);

        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(original));
        assertThat(loaded.units()).hasSize(2);
        assertThat(loaded.ownUnit().name().get()).isEqualTo("成都市某某局（本级）");
        assertThat(loaded.ownUnit().functional().lines()).extracting(FunctionalLine::itemCode)
                .containsExactly("2080101", "2080101", "2080505", "2101101", "2210201", "2089901");
        assertThat(loaded.ownUnit().economic().find("31999").orElseThrow().current().get())
                .isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void savingTheSameBudgetTwiceGivesIdenticalBytes() throws Exception {
        Department department = SampleProjects.rich();
        Path first = folder.resolve("a.budget");
        Path second = folder.resolve("b.budget");
        files.save(department, first);
        files.save(department, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(files.toBytes(SampleProjects.rich())).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void loadingAndSavingASavedFileGivesIdenticalBytes() throws Exception {
        Path file = folder.resolve("x.budget");
        files.save(SampleProjects.rich(), file);
        byte[] saved = Files.readAllBytes(file);

        files.save(files.load(file), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
    }

    @Test
    void fileIsPrettyUtf8JsonWithAmountStringsAndLfLineEndings() {
        byte[] bytes = files.toBytes(SampleProjects.rich());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"formatVersion\": 3,\n  \"department\": \"成都市某某局\",\n");
        assertThat(text).endsWith("}\n").doesNotContain("\r\n").doesNotContain("\n\n");
        assertThat(text).contains("\"personnel\": \"5126000.00\"", "\"publicCosts\": \"812300.50\"",
                "\"project\": \"999999999999.99\"", "\"current\": \"0.01\"");
        assertThat(text).contains("\"kind\": \"CIVIL_SERVICE_MANAGED_INSTITUTION\"",
                "\"comparisonBasis\": \"PRIOR_EXECUTION\"");
        assertThat(text).contains("部分数据为\\\"预计数\\\"\\n第二行\\t制表符 \\\\ 反斜杠");
        assertThat(text).containsPattern("\"GENERAL_OFFICIAL\": 1,\n +\"LAW_ENFORCEMENT\": 2,\n"
                + " +\"SPECIAL_PURPOSE\": 3,\n +\"OTHER\": 4\n");
    }

    @Test
    void codeMapsAreWrittenSortedByCode() {
        Department department = SampleProjects.rich();
        department.customFunctionalCodes().put("2010199", "甲");
        department.customFunctionalCodes().put("2990101", "乙");
        String text = new String(files.toBytes(department), StandardCharsets.UTF_8);

        assertThat(text).containsSubsequence("\"2010199\": \"甲\"", "\"2089901\"", "\"2990101\": \"乙\"");
    }

    @Test
    void unknownWellFormedCodeIsKeptAsCustomCode() throws Exception {
        Department department = new Department("某局", 2021);
        department.ownUnit().functional().add(new FunctionalLine("2129901", FundingSource.GENERAL_PUBLIC_BUDGET));
        department.ownUnit().functional().add(new FunctionalLine("2080101", FundingSource.GENERAL_PUBLIC_BUDGET));
        department.ownUnit().economic().add(new EconomicLine("39998"));
        Path file = folder.resolve("unknown.budget");
        files.save(department, file);

        Department loaded = files.load(file);

        assertThat(loaded.customFunctionalCodes()).containsOnlyKeys("2129901").containsEntry("2129901", "2129901");
        assertThat(loaded.customEconomicCodes()).containsOnlyKeys("39998");
        assertThat(loaded.ownUnit().functional().find("2129901", FundingSource.GENERAL_PUBLIC_BUDGET)).isPresent();
        assertThat(Catalog.forYear(2021)
                .withCustomCodes(loaded.customFunctionalCodes(), loaded.customEconomicCodes())
                .nameOf(CodeKind.FUNCTIONAL, "2129901")).isEqualTo("2129901");
    }

    @Test
    void emptyDepartmentRoundTrips() throws Exception {
        Department empty = new Department("", 2021);
        Department loaded = files.fromBytes(files.toBytes(empty), Path.of("empty.budget"));

        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(empty));
        assertThat(new String(files.toBytes(empty), StandardCharsets.UTF_8))
                .contains("\"customFunctionalCodes\": {}", "\"functional\": []");
    }
}
