package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.budgetdesk.io.BadFiles.at;
import static org.budgetdesk.io.BadFiles.edited;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** Format 3: prior amounts that are not published, comparison bases per section, and older files migrated. */
class FormatThreeTest {
    private static final String FORMAT_TWO_SAMPLE = "formats/leshan-2021-format2.budget";
    private final ProjectFiles files = new ProjectFiles();

    @Test
    void formatTwoSampleKeepsEveryValueWhenSavedAsFormatThree() throws Exception {
        byte[] formatTwo = resource(FORMAT_TWO_SAMPLE);
        Department loaded = load(formatTwo);

        byte[] saved = files.toBytes(loaded);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode before = mapper.readTree(formatTwo);
        JsonNode after = mapper.readTree(saved);

        assertThat(after.get("formatVersion").intValue()).isEqualTo(3);
        assertThat(after.get("sectionComparisonBases").size()).isZero();
        for (int u = 0; u < before.get("units").size(); u++) {
            JsonNode oldIncome = ((ObjectNode) before.get("units").get(u)).remove("income");
            JsonNode newIncome = ((ObjectNode) after.get("units").get(u)).remove("income");
            assertSameIncome(oldIncome, newIncome);
        }
        assertSameValues("$", before, after);
        assertThat(ModelDump.of(load(saved))).containsExactlyElementsOf(ModelDump.of(loaded));
    }

    @Test
    void formatTwoRichProjectKeepsEveryFigure() throws Exception {
        Department rich = SampleProjects.rich();
        byte[] formatTwo = edited(tree -> {
            tree.put("formatVersion", 2);
            tree.remove("sectionComparisonBases");
            tree.remove("basicCostOverrides");
        });

        SampleProjects.withoutFormatThreeTargets(rich);
        assertThat(ModelDump.of(load(formatTwo))).containsExactlyElementsOf(ModelDump.of(rich));
    }

    @Test
    void priorsNotPublishedStayNotPublishedThroughSaveAndLoad() throws Exception {
        Department department = SampleProjects.rich();
        Unit unit = department.ownUnit();
        unit.income().source(FundingSource.GOVERNMENT_FUND).prior().set(null);
        FunctionalLine line = unit.functional().lines().get(0);
        line.prior().set(null);
        EconomicLine economic = unit.economic().lines().get(0);
        economic.prior().set(null);
        unit.threePublic().vehiclePurchase().prior().set(null);
        unit.operatingCosts().prior().set(null);

        byte[] bytes = files.toBytes(department);
        Department loaded = load(bytes);
        Unit reloaded = loaded.ownUnit();

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"prior\": \"NOT_PUBLISHED\"");
        assertThat(reloaded.income().source(FundingSource.GOVERNMENT_FUND).prior().get()).isNull();
        assertThat(reloaded.functional().lines().get(0).prior().get()).isNull();
        assertThat(reloaded.economic().lines().get(0).prior().get()).isNull();
        assertThat(reloaded.threePublic().vehiclePurchase().prior().get()).isNull();
        assertThat(reloaded.threePublic().vehicles().prior().get()).isNull();
        assertThat(reloaded.operatingCosts().prior().get()).isNull();
        assertThat(reloaded.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).prior().get())
                .isEqualTo(unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).prior().get());
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(department));
    }

    @Test
    void sectionComparisonBasesAreKeptInSectionOrder() throws Exception {
        Department department = SampleProjects.rich();
        department.sectionComparisonBases().put(DisclosureSection.THREE_PUBLIC, ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        department.sectionComparisonBases().put(DisclosureSection.INCOME, ComparisonBasis.PRIOR_BUDGET);

        byte[] bytes = files.toBytes(department);
        Department loaded = load(bytes);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"sectionComparisonBases\": {\n"
                + "    \"INCOME\": \"PRIOR_BUDGET\",\n    \"THREE_PUBLIC\": \"PRIOR_FINAL_ACCOUNTS\"\n  }");
        assertThat(loaded.comparisonBasisOf(DisclosureSection.THREE_PUBLIC))
                .isEqualTo(ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        assertThat(loaded.comparisonBasisOf(DisclosureSection.OTHER)).isEqualTo(loaded.comparisonBasis().get());
    }

    @Test
    void basicCostOverridesAreKeptAndMoveTheLineAfterLoading() throws Exception {
        Department department = SampleProjects.rich();
        department.basicCostMapping().overrides().put("30229", BasicCostCategory.PERSONNEL);

        byte[] bytes = files.toBytes(department);
        Department loaded = load(bytes);

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"basicCostOverrides\": {\n    \"30229\": \"PERSONNEL\"\n  }");
        assertThat(loaded.ownUnit().economic().categoryOf("30229")).isEqualTo(BasicCostCategory.PERSONNEL);
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(department));
    }

    @Test
    void whatOtherFundsPayOfAnEconomicLineIsKept() throws Exception {
        Department department = SampleProjects.rich();
        department.ownUnit().economic().lines().get(0).entered(Fund.NON_FISCAL).set(new BigDecimal("1234.56"));

        Department loaded = load(files.toBytes(department));

        assertThat(loaded.ownUnit().economic().lines().get(0).share(Fund.NON_FISCAL)).isEqualByComparingTo("1234.56");
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(department));
    }

    @Test
    void anEconomicLineSavedBeforeItHadFundsIsAllGeneralPublicBudget() throws Exception {
        Department loaded = load(edited(tree -> at(tree, "units", 0, "economic", 0).remove("funds")));

        EconomicLine line = loaded.ownUnit().economic().lines().get(0);
        assertThat(line.isSplit()).isFalse();
        assertThat(line.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo(line.current().get());
    }

    @Test
    void anEconomicLineCannotSayWhatTheGeneralPublicBudgetPays() {
        ProjectFileException e = refused(edited(tree -> at(tree, "units", 0, "economic", 0, "funds")
                .put("GENERAL_PUBLIC_BUDGET", "1.00")));

        assertThat(e.jsonPath()).isEqualTo("$.units[0].economic[0].funds.GENERAL_PUBLIC_BUDGET");
    }

    @Test
    void anOverrideOfAClassOrAFunctionalCodeIsABadCode() {
        ProjectFileException e = refused(edited(tree -> at(tree, "basicCostOverrides").put("302", "PERSONNEL")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_CODE);
        assertThat(e.jsonPath()).isEqualTo("$.basicCostOverrides['302']");
    }

    @Test
    void aCurrentAmountCannotBeNotPublished() {
        ProjectFileException e = refused(edited(tree -> at(tree, "units", 0, "threePublic", "reception")
                .put("current", "NOT_PUBLISHED")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_AMOUNT);
        assertThat(e.jsonPath()).isEqualTo("$.units[0].threePublic.reception.current");
    }

    @Test
    void aMisspeltNotPublishedIsABadAmount() {
        ProjectFileException e = refused(edited(tree -> at(tree, "units", 0, "operatingCosts")
                .put("prior", "not published")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_AMOUNT);
        assertThat(e.jsonPath()).isEqualTo("$.units[0].operatingCosts.prior");
    }

    @Test
    void formatThreeNeedsItsSectionComparisonBases() {
        ProjectFileException e = refused(edited(tree -> tree.remove("sectionComparisonBases")));

        assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(e.jsonPath()).isEqualTo("$.sectionComparisonBases");
    }

    /**
     * Each source of the old income is in the new one with the same figures, the old 上年结转 as 非财政拨款结转; the
     * sources format 3 added are there with zero.
     */
    private static void assertSameIncome(JsonNode before, JsonNode after) {
        Map<String, JsonNode> bySource = new java.util.HashMap<>();
        after.forEach(entry -> bySource.put(entry.get("source").asText(), entry));
        assertThat(bySource).hasSize(FundingSource.values().length);
        for (JsonNode old : before) {
            String source = old.get("source").asText().equals("CARRY_OVER") ? "NON_FISCAL_CARRY_OVER"
                    : old.get("source").asText();
            JsonNode now = bySource.remove(source);
            for (String field : new String[] {"current", "prior", "reason"}) {
                assertThat(now.get(field)).as(source + "." + field).isEqualTo(old.get(field));
            }
        }
        bySource.values().forEach(added -> assertThat(added.get("current").asText()).isEqualTo("0.00"));
    }

    /** Every value of {@code before} is in {@code after} at the same place (the version aside). */
    private static void assertSameValues(String path, JsonNode before, JsonNode after) {
        if (path.equals("$.formatVersion")) {
            return;
        }
        assertThat(after).as(path).isNotNull();
        if (before.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = before.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertSameValues(path + "." + field.getKey(), field.getValue(), after.get(field.getKey()));
            }
        } else if (before.isArray()) {
            assertThat(after.size()).as(path).isEqualTo(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertSameValues(path + "[" + i + "]", before.get(i), after.get(i));
            }
        } else {
            assertThat(after).as(path).isEqualTo(before);
        }
    }

    private static Department load(byte[] bytes) throws ProjectFileException {
        return new ProjectReader().fromBytes(bytes, Path.of("test.budget"));
    }

    private static ProjectFileException refused(byte[] bytes) {
        return catchThrowableOfType(ProjectFileException.class, () -> load(bytes));
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FormatThreeTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
