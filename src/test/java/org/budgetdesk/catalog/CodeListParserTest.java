package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListParserTest {

    private static List<CatalogEntry> parse(String text) {
        return CodeListParser.parse(new StringReader(text), "test.tsv", CodeKind.FUNCTIONAL);
    }

    @Test
    void readsCommentsHeaderAliasesAndMissingAliasColumn() {
        List<CatalogEntry> entries = parse("""
                \uFEFF# a comment
                code\tname\taliases

                207\t文化旅游体育与传媒支出\t文化体育与传媒支出 | 旧名 |
                20701\t文化和旅游
                  # indented comment
                2070101\t行政运行\t
                """);
        assertThat(entries).extracting(CatalogEntry::code).containsExactly("207", "20701", "2070101");
        assertThat(entries.get(0).aliases()).containsExactly("文化体育与传媒支出", "旧名");
        assertThat(entries.get(1).aliases()).isEmpty();
        assertThat(entries.get(2).aliases()).isEmpty();
    }

    @Test
    void aBadCodeNamesTheFileAndLine() {
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\t社会保障和就业支出\n2080X\t坏代码\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.tsv, line 3:")
                .hasMessageContaining("2080X");
    }

    @Test
    void otherMalformedLinesAreReported() {
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\n"))
                .hasMessageContaining("test.tsv, line 2").hasMessageContaining("columns");
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\ta\tb\tc\n"))
                .hasMessageContaining("line 2").hasMessageContaining("found 4");
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\t\n"))
                .hasMessageContaining("line 2").hasMessageContaining("no name");
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\t甲\n208\t乙\n"))
                .hasMessageContaining("line 3").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> parse("code\tname\taliases\n208\t甲\n2080101\t乙\n"))
                .hasMessageContaining("line 3").hasMessageContaining("no parent 20801");
    }

    @Test
    void theHeaderIsRequired() {
        assertThatThrownBy(() -> parse("208\t社会保障和就业支出\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("test.tsv, line 1").hasMessageContaining("header");
        assertThatThrownBy(() -> parse("# only a comment\n"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("no header");
    }

    @Test
    void aMalformedIndexNamesTheFileAndLine() {
        assertThatThrownBy(() -> CatalogIndex.parse(new StringReader(
                "kind\tfromYear\tfile\nfunctional\t2021\tfunctional-2021.tsv\neconomic\tnext\te.tsv\n"), "index.tsv"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("index.tsv, line 3:").hasMessageContaining("next");
        assertThatThrownBy(() -> CatalogIndex.parse(new StringReader(
                "kind\tfromYear\tfile\nfiscal\t2021\tf.tsv\n"), "index.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> CatalogIndex.parse(new StringReader(
                "kind\tfromYear\tfile\nfunctional\t2021\tf.tsv\n"), "index.tsv"))
                .hasMessageContaining("lists no economic code list");
        assertThatThrownBy(() -> CatalogIndex.parse(new StringReader(
                "kind\tfromYear\tfile\nfunctional\t2021\t../f.tsv\neconomic\t2018\te.tsv\n"), "index.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("plain .tsv name");
    }
}
