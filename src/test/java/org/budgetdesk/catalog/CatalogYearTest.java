package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CatalogYearTest {

    @Test
    void aYearBeforeEveryListUsesTheEarliest() {
        Catalog catalog = Catalog.forYear(2020);
        assertThat(catalog.year()).isEqualTo(2020);
        assertThat(catalog.editionYear(CodeKind.FUNCTIONAL)).isEqualTo(2021);
        assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "207")).isEqualTo("文化旅游体育与传媒支出");
    }

    @Test
    void laterYearsUseTheLatestListThatApplies() {
        assertThat(Catalog.forYear(2021).editionYear(CodeKind.FUNCTIONAL)).isEqualTo(2021);
        assertThat(Catalog.forYear(2022).editionYear(CodeKind.FUNCTIONAL)).isEqualTo(2021);
        assertThat(Catalog.forYear(2023).editionYear(CodeKind.FUNCTIONAL)).isEqualTo(2023);
        assertThat(Catalog.forYear(2030).editionYear(CodeKind.FUNCTIONAL)).isEqualTo(2025);
        assertThat(Catalog.forYear(2025).editionYear(CodeKind.ECONOMIC)).isEqualTo(2023);
        assertThat(Catalog.forYear(2021).editionYear(CodeKind.ECONOMIC)).isEqualTo(2018);
    }

    @Test
    void catalogsOfDifferentYearsShareTheParsedFile() {
        CatalogEntry a = Catalog.forYear(2021).find(CodeKind.FUNCTIONAL, "208").orElseThrow();
        CatalogEntry b = Catalog.forYear(2022).find(CodeKind.FUNCTIONAL, "208").orElseThrow();
        assertThat(a).isSameAs(b);
    }

    @Test
    void theIndexPicksTheLatestEditionNotAfterTheYear() {
        CatalogIndex index = CatalogIndex.parse(new StringReader("""
                # editions
                kind\tfromYear\tfile
                functional\t2024\tfunctional-2024.tsv
                functional\t2021\tfunctional-2021.tsv
                economic\t2018\teconomic-2018.tsv
                """), "index.tsv");
        assertThat(index.select(CodeKind.FUNCTIONAL, 2019).file()).isEqualTo("functional-2021.tsv");
        assertThat(index.select(CodeKind.FUNCTIONAL, 2021).file()).isEqualTo("functional-2021.tsv");
        assertThat(index.select(CodeKind.FUNCTIONAL, 2023).file()).isEqualTo("functional-2021.tsv");
        assertThat(index.select(CodeKind.FUNCTIONAL, 2024).file()).isEqualTo("functional-2024.tsv");
        assertThat(index.select(CodeKind.FUNCTIONAL, 2040).file()).isEqualTo("functional-2024.tsv");
        assertThat(index.select(CodeKind.ECONOMIC, 2010).file()).isEqualTo("economic-2018.tsv");
    }
}
