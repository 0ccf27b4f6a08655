package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped editions as data: each later functional list keeps every code of the one before, unless changes.tsv
 * says otherwise; the common 项 the issue named are there; the economic 2023 notes; the change table. */
class CatalogEditionsTest {
    private static final int[] FUNCTIONAL_EDITIONS = {2021, 2023, 2024, 2025};

    private static Map<String, CatalogEntry> byCode(int year, CodeKind kind) {
        return Catalog.forYear(year).entries(kind).stream()
                .collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
    }

    @Test
    void eachFunctionalEditionKeepsEveryCodeAndNameOfTheOneBefore() {
        for (int i = 1; i < FUNCTIONAL_EDITIONS.length; i++) {
            int before = FUNCTIONAL_EDITIONS[i - 1];
            int after = FUNCTIONAL_EDITIONS[i];
            Map<String, CatalogEntry> older = byCode(before, CodeKind.FUNCTIONAL);
            Map<String, CatalogEntry> newer = byCode(after, CodeKind.FUNCTIONAL);
            List<CodeChange> changes = CodeChanges.shipped().between(CodeKind.FUNCTIONAL, before, after);
            for (CatalogEntry entry : older.values()) {
                boolean changed = changes.stream().anyMatch(change -> change.oldCode().equals(entry.code()));
                if (!changed) {
                    assertThat(newer).as("%s in %d", entry.code(), after).containsKey(entry.code());
                    assertThat(newer.get(entry.code()).name()).as(entry.code()).isEqualTo(entry.name());
                }
            }
        }
    }

    @Test
    void theEditionsSayWhatTheyAddAndThatTheyArePartial() {
        assertThat(Catalog.forYear(2022).find(CodeKind.FUNCTIONAL, "20809")).isEmpty();
        assertThat(Catalog.forYear(2023).nameOf(CodeKind.FUNCTIONAL, "2080901")).isEqualTo("退役士兵安置");
        assertThat(Catalog.forYear(2024).nameOf(CodeKind.FUNCTIONAL, "22006")).isEqualTo("耕地保护考核奖惩基金支出");
        assertThat(Catalog.forYear(2023).find(CodeKind.FUNCTIONAL, "22006")).isEmpty();
        assertThat(Catalog.forYear(2025).nameOf(CodeKind.FUNCTIONAL, "23107")).isEqualTo("中央金融机构注资特别国债还本支出");
        for (int year : FUNCTIONAL_EDITIONS) {
            assertThat(Catalog.forYear(year).origin(CodeKind.FUNCTIONAL).shippedPartial()).isTrue();
            assertThat(Catalog.forYear(year).origin(CodeKind.FUNCTIONAL).hasImported()).isFalse();
        }
    }

    @Test
    void theCommonItemsOfPublishedBudgetsAreInEveryEdition() {
        for (int year : FUNCTIONAL_EDITIONS) {
            Catalog catalog = Catalog.forYear(year);
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2010101")).isEqualTo("行政运行");
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2010102")).isEqualTo("一般行政管理事务");
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2050203")).isEqualTo("初中教育");
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2060401")).isEqualTo("机构运行");
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2010650")).isEqualTo("事业运行");
            assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2299901")).isEqualTo("其他支出");
            assertThat(catalog.find(CodeKind.FUNCTIONAL, "2101501")).isPresent();
            assertThat(catalog.path(CodeKind.FUNCTIONAL, "2101501")).extracting(CatalogEntry::code)
                    .containsExactly("210", "21015");
        }
    }

    @Test
    void theEconomicListOf2023KeepsTheCodesAndCarriesTheRevisedExplanations() {
        Map<String, CatalogEntry> old = byCode(2018, CodeKind.ECONOMIC);
        Map<String, CatalogEntry> revised = byCode(2023, CodeKind.ECONOMIC);
        assertThat(revised.keySet()).isEqualTo(old.keySet());
        assertThat(revised.get("30103").note()).contains("绩效奖金");
        assertThat(revised.get("30110").note()).contains("生育保险");
        assertThat(old.get("30103").note()).isEmpty();
        assertThat(Catalog.forYear(2022).editionYear(CodeKind.ECONOMIC)).isEqualTo(2018);
        assertThat(Catalog.forYear(2023).editionYear(CodeKind.ECONOMIC)).isEqualTo(2023);
    }

    @Test
    void oldNamesFromTheChangeTableAreFoundInEveryLaterEdition() {
        for (int year : FUNCTIONAL_EDITIONS) {
            assertThat(Catalog.forYear(year).findByName(CodeKind.FUNCTIONAL, "医疗卫生与计划生育支出"))
                    .map(CatalogEntry::code).contains("210");
            assertThat(Catalog.forYear(year).findByName(CodeKind.FUNCTIONAL, "行政事业单位离退休"))
                    .map(CatalogEntry::code).contains("20805");
        }
        assertThat(CodeChanges.shipped().all()).allMatch(change -> !change.note().isBlank());
    }

    @Test
    void aCodeIsFollowedThroughMovesAndRemovals() {
        CodeChanges changes = CodeChanges.parse(new StringReader("""
                kind\tedition\tcode\tnewCode\toldName\tnewName\tnote
                functional\t2024\t2080101\t2080111\t行政运行\t行政运行\tmoved
                functional\t2025\t2080111\t2080112\t行政运行\t机关运行\tmoved again and renamed
                functional\t2025\t2080199\t\t其他\t\tremoved
                """), "changes.tsv");
        assertThat(changes.follow(CodeKind.FUNCTIONAL, "2080101", 2023, 2025)).contains("2080112");
        assertThat(changes.follow(CodeKind.FUNCTIONAL, "2080101", 2023, 2024)).contains("2080111");
        assertThat(changes.follow(CodeKind.FUNCTIONAL, "2080101", 2024, 2025)).contains("2080101");
        assertThat(changes.follow(CodeKind.FUNCTIONAL, "2080199", 2024, 2025)).isEmpty();
        assertThat(changes.follow(CodeKind.ECONOMIC, "30101", 2020, 2030)).contains("30101");
        assertThat(changes.between(CodeKind.FUNCTIONAL, 2024, 2025)).hasSize(2);
    }
}
