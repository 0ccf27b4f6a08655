package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit's words are data: files read in order, a key in a later file adding to it, a region added as a file. */
class AuditPatternsTest {
    private static final String TEXT = "某局2022年部门预算\n2022年收入预算总额为100.00万元，较上年预算数90.00万元调增12.00万元。\n";

    @Test
    void alternativesAreSplitOutsideGroupsAndClasses() {
        assertThat(AuditPatterns.splitAlternatives("a|(?:b|c)|[|d]|e\\|f"))
                .containsExactly("a", "(?:b|c)", "[|d]", "e\\|f");
    }

    @Test
    void aKeyInALaterFileAddsItsAlternatives() {
        AuditPatterns standard = AuditPatterns.standard();

        assertThat(standard.list("breakdown.full")).contains("其中", "其中：");
        assertThat(standard.list("basis.final")).contains("决算", "上年执行数");
    }

    @Test
    void everyPatternOfTheStandardFilesCompiles() {
        AuditPatterns standard = AuditPatterns.standard();

        for (String key : standard.keys()) {
            if (!key.equals("amount.unit") && !key.startsWith("composition.")) {
                assertThat(standard.compile("{" + key + "}")).as(key).isNotNull();
            }
        }
        assertThat(new Auditor(standard).audit(TEXT).statements()).isEqualTo(1);
    }

    @Test
    void aRegionsPhrasingIsAddedAsOneMoreFile() {
        AuditPatterns withRegion = AuditPatterns.load("/org/budgetdesk/audit/patterns/",
                List.of("common.properties"));
        AuditPatterns region = merged(withRegion);

        assertThat(new Auditor(withRegion).audit(TEXT).findings()).isEmpty();
        assertThat(new Auditor(region).audit(TEXT).findings()).singleElement()
                .extracting(AuditFinding::kind).isEqualTo(FindingKind.CHANGE);
    }

    private static AuditPatterns merged(AuditPatterns base) {
        AuditPatterns extra = AuditPatterns.load("/org/budgetdesk/audit/region/", List.of("sample-region.properties"));
        java.util.Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        for (String key : base.keys()) {
            all.put(key, new java.util.ArrayList<>(base.list(key)));
        }
        for (String key : extra.keys()) {
            all.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(extra.list(key));
        }
        return new AuditPatterns(all);
    }
}
