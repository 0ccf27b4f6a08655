package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {

    private final Catalog catalog = Catalog.forYear(2021);

    @Test
    void aNameFragmentFindsClassesAndItems() {
        assertThat(catalog.search(CodeKind.FUNCTIONAL, "社会保", 20)).extracting(CatalogEntry::code)
                .contains("208", "2080109")
                .isSorted();
    }

    @Test
    void aCodePrefixFindsCodesStartingWithIt() {
        assertThat(catalog.search(CodeKind.FUNCTIONAL, "2080", 50)).extracting(CatalogEntry::code)
                .isNotEmpty()
                .contains("20801", "2080101", "20805", "2080599")
                .allMatch(code -> code.startsWith("2080"));
    }

    @Test
    void codeMatchesComeBeforeNameMatches() {
        Catalog custom = catalog.withCustomCodes(Map.of("2089901", "2080项目"), Map.of());
        assertThat(custom.search(CodeKind.FUNCTIONAL, "2080", 50)).extracting(CatalogEntry::code)
                .endsWith("2089901");
    }

    @Test
    void olderNamesAreSearchedToo() {
        assertThat(catalog.search(CodeKind.FUNCTIONAL, "计划生育", 5)).extracting(CatalogEntry::code)
                .containsExactly("210");
    }

    @Test
    void theLimitCapsTheResults() {
        assertThat(catalog.search(CodeKind.ECONOMIC, "3", 4)).hasSize(4);
        assertThat(catalog.search(CodeKind.ECONOMIC, "3", 0)).isEmpty();
        assertThat(catalog.search(CodeKind.ECONOMIC, "", 3)).extracting(CatalogEntry::code)
                .containsExactly("301", "30101", "30102");
        assertThatThrownBy(() -> catalog.search(CodeKind.ECONOMIC, "3", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingMatchesAnUnknownText() {
        assertThat(catalog.search(CodeKind.FUNCTIONAL, "不存在的科目", 10)).isEmpty();
    }
}
