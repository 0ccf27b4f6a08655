package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogCustomCodesTest {

    private final Catalog official = Catalog.forYear(2021);

    @Test
    void customCodesAreAddedAndFound() {
        Catalog catalog = official.withCustomCodes(
                Map.of("2080801", "死亡抚恤"), Map.of("30230", "自定义费用"));
        CatalogEntry entry = catalog.find(CodeKind.FUNCTIONAL, "2080801").orElseThrow();
        assertThat(entry.name()).isEqualTo("死亡抚恤");
        assertThat(entry.custom()).isTrue();
        assertThat(catalog.nameOf(CodeKind.ECONOMIC, "30230")).isEqualTo("自定义费用");
        assertThat(catalog.children(CodeKind.FUNCTIONAL, "20808")).extracting(CatalogEntry::code)
                .containsExactly("2080801");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "死亡抚恤")).contains(entry);
        assertThat(catalog.search(CodeKind.FUNCTIONAL, "死亡", 5)).containsExactly(entry);
        assertThat(catalog.year()).isEqualTo(2021);
    }

    @Test
    void theOfficialCatalogIsUnchanged() {
        official.withCustomCodes(Map.of("2080801", "死亡抚恤"), Map.of());
        assertThat(official.find(CodeKind.FUNCTIONAL, "2080801")).isEmpty();
    }

    @Test
    void anOfficialCodeKeepsItsOfficialEntry() {
        Catalog catalog = official.withCustomCodes(Map.of("2080101", "改名"), Map.of());
        CatalogEntry entry = catalog.find(CodeKind.FUNCTIONAL, "2080101").orElseThrow();
        assertThat(entry.name()).isEqualTo("行政运行");
        assertThat(entry.custom()).isFalse();
    }

    @Test
    void newCustomCodesReplaceEarlierOnes() {
        Catalog catalog = official.withCustomCodes(Map.of("2080801", "死亡抚恤"), Map.of())
                .withCustomCodes(Map.of("2080802", "伤残抚恤"), Map.of());
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2080801")).isEmpty();
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "2080802")).isPresent();
    }

    @Test
    void anInvalidCustomCodeIsRejected() {
        assertThatThrownBy(() -> official.withCustomCodes(Map.of("208011", "六位"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("208011");
        assertThatThrownBy(() -> official.withCustomCodes(Map.of(), Map.of("2080101", "项级")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 or 5 digits");
        assertThatThrownBy(() -> official.withCustomCodes(Map.of("20899X", "字母"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> official.withCustomCodes(Map.of("2089901", " "), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
    }
}
