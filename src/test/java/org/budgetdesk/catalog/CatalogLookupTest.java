package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLookupTest {

    private final Catalog catalog = Catalog.forYear(2021);

    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
            201	一般公共服务支出
            202	外交支出
            203	国防支出
            204	公共安全支出
            205	教育支出
            206	科学技术支出
            207	文化旅游体育与传媒支出
            208	社会保障和就业支出
            209	社会保险基金支出
            210	卫生健康支出
            211	节能环保支出
            212	城乡社区支出
            213	农林水支出
            214	交通运输支出
            215	资源勘探工业信息等支出
            216	商业服务业等支出
            217	金融支出
            219	援助其他地区支出
            220	自然资源海洋气象等支出
            221	住房保障支出
            222	粮油物资储备支出
            223	国有资本经营预算支出
            224	灾害防治及应急管理支出
            227	预备费
            229	其他支出
            230	转移性支出
            231	债务还本支出
            232	债务付息支出
            233	债务发行费用支出
            2080101	行政运行
            2080109	社会保险经办机构
            2080505	机关事业单位基本养老保险缴费支出
            2080506	机关事业单位职业年金缴费支出
            2080599	其他行政事业单位养老支出
            2101101	行政单位医疗
            2210201	住房公积金
            """)
    void functionalCodesHaveTheir2021Names(String code, String name) {
        CatalogEntry entry = catalog.find(CodeKind.FUNCTIONAL, code).orElseThrow();
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.kind()).isEqualTo(CodeKind.FUNCTIONAL);
        assertThat(entry.custom()).isFalse();
    }

    @Test
    void capitalCodesOfBothClassesShareANameButNotACode() {
        CatalogEntry construction = catalog.find(CodeKind.ECONOMIC, "30913").orElseThrow();
        CatalogEntry capital = catalog.find(CodeKind.ECONOMIC, "31013").orElseThrow();
        assertThat(construction.name()).isEqualTo(capital.name()).isEqualTo("公务用车购置");
        assertThat(construction.parentCode()).contains("309");
        assertThat(capital.parentCode()).contains("310");
        assertThat(catalog.nameOf(CodeKind.ECONOMIC, "309")).isEqualTo("资本性支出（基本建设）");
        assertThat(catalog.nameOf(CodeKind.ECONOMIC, "310")).isEqualTo("资本性支出");
        assertThat(catalog.findByName(CodeKind.ECONOMIC, "公务用车购置")).isEmpty();
        assertThat(catalog.findAllByName(CodeKind.ECONOMIC, "公务用车购置"))
                .extracting(CatalogEntry::code).containsExactly("30913", "31013");
    }

    @Test
    void economicClassesAreAllPresent() {
        assertThat(catalog.children(CodeKind.ECONOMIC, "301")).extracting(CatalogEntry::code)
                .startsWith("30101", "30102").endsWith("30199");
        assertThat(catalog.entries(CodeKind.ECONOMIC).stream().filter(e -> e.level() == CodeLevel.CLASS))
                .extracting(CatalogEntry::code)
                .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
    }

    @Test
    void unknownCodesFallBackToTheCode() {
        assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "2089999")).isEqualTo("2089999");
        assertThat(catalog.nameOf(CodeKind.FUNCTIONAL, "not a code")).isEqualTo("not a code");
        assertThat(catalog.find(CodeKind.FUNCTIONAL, "30101")).isEmpty();
    }

    @Test
    void olderNamesFindTheSameCode() {
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "文化体育与传媒支出"))
                .map(CatalogEntry::code).contains("207");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "医疗卫生与计划生育支出"))
                .map(CatalogEntry::code).contains("210");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "资源勘探信息等支出"))
                .map(CatalogEntry::code).contains("215");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "国土海洋气象等支出"))
                .map(CatalogEntry::code).contains("220");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "债务发行费支出"))
                .map(CatalogEntry::code).contains("233");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "行政事业单位离退休"))
                .map(CatalogEntry::code).contains("20805");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "卫生健康支出"))
                .map(CatalogEntry::code).contains("210");
    }

    @Test
    void namesMatchWhateverTheParenthesesAndSpaces() {
        assertThat(catalog.findByName(CodeKind.ECONOMIC, "因公出国(境)费用"))
                .map(CatalogEntry::code).contains("30212");
        assertThat(catalog.findByName(CodeKind.ECONOMIC, " 维修（护）费 "))
                .map(CatalogEntry::code).contains("30213");
        assertThat(catalog.findByName(CodeKind.FUNCTIONAL, "")).isEmpty();
    }

    @Test
    void childrenAreOneLevelDownSortedByCode() {
        assertThat(catalog.children(CodeKind.FUNCTIONAL, "20801")).extracting(CatalogEntry::code)
                .containsExactly("2080101", "2080102", "2080103", "2080109", "2080150", "2080199");
        assertThat(catalog.children(CodeKind.FUNCTIONAL, "208")).extracting(CatalogEntry::code)
                .contains("20801", "20805").allMatch(code -> code.length() == 5);
        assertThat(catalog.children(CodeKind.FUNCTIONAL, "2080101")).isEmpty();
    }

    @Test
    void entriesAreSortedByCodeAndEachHasItsParent() {
        for (CodeKind kind : CodeKind.values()) {
            var entries = catalog.entries(kind);
            assertThat(entries).extracting(CatalogEntry::code).isSorted();
            assertThat(entries).allSatisfy(entry -> entry.parentCode()
                    .ifPresent(parent -> assertThat(catalog.find(kind, parent)).isPresent()));
        }
    }
}
