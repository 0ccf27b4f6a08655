package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported lists stored in a folder and laid over the shipped ones. */
class CatalogLibraryTest {
    @TempDir
    Path folder;

    private static CatalogEntry entry(String code, String name) {
        return new CatalogEntry(code, name, List.of(), CodeKind.FUNCTIONAL, CodeSource.IMPORTED);
    }

    @Test
    void anImportedListFillsAndRenamesAndTheShippedCodesStay() throws Exception {
        CatalogLibrary library = CatalogLibrary.withImportedLists(folder);
        library.importedLists().orElseThrow().store(CodeKind.FUNCTIONAL, 2024, List.of(
                entry("201", "一般公共服务支出"), entry("20103", "政府办公厅（室）及相关机构事务"),
                entry("2010301", "行政运行"), entry("2080109", "社会保险经办机构（新）")), "2024科目.xlsx",
                Instant.parse("2026-12-03T08:00:00Z"));

        Catalog catalog = library.forYear(2025);
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2010301")).get()
                .extracting(CatalogEntry::name, CatalogEntry::source).containsExactly("行政运行", CodeSource.IMPORTED);
        CatalogEntry renamed = catalog.find(CodeKind.FUNCTIONAL, "2080109").orElseThrow();
        assertThat(renamed.name()).isEqualTo("社会保险经办机构（新）");
        assertThat(renamed.aliases()).contains("社会保险经办机构");
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2080101")).get().extracting(CatalogEntry::source)
                .isEqualTo(CodeSource.SHIPPED);
        assertThat(catalog.origin(CodeKind.FUNCTIONAL)).isEqualTo(new CatalogOrigin(2025, true, 2024, "2024科目.xlsx"));
        assertThat(catalog.origin(CodeKind.ECONOMIC).hasImported()).isFalse();

        assertThat(library.forYear(2023).find(CodeKind.FUNCTIONAL, "2010301")).as("not before its year").isEmpty();
        assertThat(CatalogLibrary.shipped().forYear(2025).find(CodeKind.FUNCTIONAL, "2010301")).isEmpty();
    }

    @Test
    void theStoredFileIsReadAgainWhenItChangesAndCanBeRemoved() throws Exception {
        ImportedLists lists = new ImportedLists(folder.resolve("catalogs"));
        assertThat(lists.all()).isEmpty();
        lists.store(CodeKind.ECONOMIC, 2023, List.of(new CatalogEntry("30101", "基本工资（导入）", List.of(),
                CodeKind.ECONOMIC, CodeSource.IMPORTED, "说明\t含\n换行")), "a.csv", Instant.EPOCH);
        ImportedList stored = lists.all().get(0);
        assertThat(stored.kind()).isEqualTo(CodeKind.ECONOMIC);
        assertThat(stored.year()).isEqualTo(2023);
        assertThat(stored.from()).isEqualTo("a.csv");
        assertThat(lists.entries(stored)).singleElement().extracting(CatalogEntry::note).isEqualTo("说明 含 换行");
        assertThat(Files.readString(stored.file())).startsWith("# 部门预算支出经济分类科目 2023");

        Files.writeString(stored.file(), "code\tname\n30101\t基本工资（改）\n30102\t津贴补贴\n");
        assertThat(lists.entries(lists.all().get(0))).hasSize(2);

        assertThat(lists.remove(CodeKind.ECONOMIC, 2023)).isTrue();
        assertThat(lists.all()).isEmpty();
        assertThat(lists.remove(CodeKind.ECONOMIC, 2023)).isFalse();
    }

    @Test
    void aBrokenStoredFileIsLeftOutRatherThanBreakingTheCatalog() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("functional-2024.tsv"), "not a list\n");
        CatalogLibrary library = CatalogLibrary.withImportedLists(folder);
        assertThat(library.forYear(2024).origin(CodeKind.FUNCTIONAL).hasImported()).isFalse();
        assertThat(library.forYear(2024).find(CodeKind.FUNCTIONAL, "208")).isPresent();
    }

    @Test
    void carriedCodesFillGapsAndCustomCodesComeLast() {
        Catalog catalog = Catalog.forYear(2021)
                .withCarriedCodes(Map.of("2013101", "行政运行", "208", "别名"), Map.of())
                .withCustomCodes(Map.of("2013101", "自定义", "2089901", "试点"), Map.of());
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2013101")).get()
                .extracting(CatalogEntry::name, CatalogEntry::source).containsExactly("行政运行", CodeSource.PROJECT);
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "208")).get().extracting(CatalogEntry::source)
                .isEqualTo(CodeSource.SHIPPED);
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2089901")).get().extracting(CatalogEntry::custom).isEqualTo(true);
        assertThat(catalog.withCustomCodes(Map.of(), Map.of()).find(CodeKind.FUNCTIONAL, "2013101")).isPresent();
    }
}
