package org.budgetdesk.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.junit.jupiter.api.Test;

/** The layouts of real lists, read from cells: where the codes are, which rows are left and why. */
class CodeListImportTest {
    private static final Catalog SHIPPED = CatalogLibrary.shipped().forYear(2025);

    private static ImportSheet sheet(String name, String... rows) {
        return new ImportSheet(name, Arrays.stream(rows).map(row -> Arrays.asList(row.split("\\|", -1))).toList());
    }

    private static ImportPreview preview(CodeKind kind, ImportSheet... sheets) {
        return CodeListImport.preview("list.xlsx", List.of(sheets), kind, 2025, SHIPPED);
    }

    @Test
    void codeAndNameColumnsBelowATitleAndHeaders() {
        ImportPreview preview = preview(null, sheet("支出功能分类",
                "2025年政府收支分类科目||",
                "（单位：元）||",
                "科目编码|科目名称|说明",
                "201|一般公共服务支出|",
                "20101|  人大事务|反映…",
                "2010101|    行政运行|",
                "201010101|      某目|",
                "2010102|    一般行政管理事务|",
                "合计||",
                "注：本表…||"));
        assertThat(preview.kind()).isEqualTo(CodeKind.FUNCTIONAL);
        assertThat(preview.kindGuessed()).isTrue();
        assertThat(preview.layout()).isEqualTo(new ImportLayout(ImportLayout.Kind.CODE_AND_NAME_COLUMNS, 0, 0, 1, 4));
        assertThat(preview.entries()).extracting(CatalogEntry::code, CatalogEntry::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("201", "一般公共服务支出"),
                org.assertj.core.groups.Tuple.tuple("20101", "人大事务"),
                org.assertj.core.groups.Tuple.tuple("2010101", "行政运行"),
                org.assertj.core.groups.Tuple.tuple("2010102", "一般行政管理事务"));
        assertThat(preview.counts()).containsEntry(CodeLevel.CLASS, 1).containsEntry(CodeLevel.SECTION, 1)
                .containsEntry(CodeLevel.ITEM, 2);
        assertThat(preview.skipped()).extracting(SkippedRow::row, SkippedRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, SkipReason.HEADER),
                org.assertj.core.groups.Tuple.tuple(2, SkipReason.HEADER),
                org.assertj.core.groups.Tuple.tuple(3, SkipReason.HEADER),
                org.assertj.core.groups.Tuple.tuple(7, SkipReason.SUB_ITEM),
                org.assertj.core.groups.Tuple.tuple(9, SkipReason.NO_CODE),
                org.assertj.core.groups.Tuple.tuple(10, SkipReason.NO_CODE));
        assertThat(preview.skipped().get(3).code()).isEqualTo("201010101");
        assertThat(preview.problems()).extracting(SkippedRow::row).containsExactly(9, 10);
    }

    @Test
    void codeAndNameInOneCellWithSpacesAndFullWidthDigits() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("Sheet1",
                "政府收支分类科目（摘录）",
                "２０８ 社会保障和就业支出",
                "　　208 01 人力资源和社会保障管理事务",
                "　　　　2080101　行政运行",
                "2080109社会保险经办机构",
                "2019999##其他一般公共服务支出##2019999"));
        assertThat(preview.layout().kind()).isEqualTo(ImportLayout.Kind.CODE_AND_NAME_IN_ONE_CELL);
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("208", "20801", "2080101",
                "2080109", "2019999");
        assertThat(preview.entries()).extracting(CatalogEntry::name).contains("人力资源和社会保障管理事务", "行政运行",
                "社会保险经办机构", "其他一般公共服务支出");
        assertThat(preview.orphans()).containsExactly("2019999");
    }

    @Test
    void levelColumnsWithOnlyTheirOwnDigitsCarryTheClassAndSectionDown() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("附件",
                "科目编码|||科目名称",
                "类|款|项|",
                "201|||一般公共服务支出",
                "|01||人大事务",
                "||01|行政运行",
                "||2|一般行政管理事务",
                "|03||政府办公厅（室）及相关机构事务",
                "||01|行政运行",
                "205|||教育支出",
                "|02||普通教育",
                "||03|初中教育"));
        assertThat(preview.layout().kind()).isEqualTo(ImportLayout.Kind.LEVEL_COLUMNS);
        assertThat(preview.layout().codeColumns()).isEqualTo("A–C");
        assertThat(preview.layout().nameColumnName()).isEqualTo("D");
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("201", "20101", "2010101",
                "2010102", "20103", "2010301", "205", "20502", "2050203");
        assertThat(preview.entries().get(4).name()).isEqualTo("政府办公厅（室）及相关机构事务");
        assertThat(preview.skipped()).extracting(SkippedRow::reason).containsOnly(SkipReason.HEADER);
    }

    @Test
    void levelColumnsRepeatingTheClassOnEveryRow() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("s",
                "类|款|项|名称",
                "208|||社会保障和就业支出",
                "208|01||人力资源和社会保障管理事务",
                "208|01|01|行政运行"));
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("208", "20801", "2080101");
    }

    @Test
    void fullCodesInAColumnPerLevel() {
        ImportPreview preview = preview(null, sheet("s",
                "类|款|项|名称",
                "301|||工资福利支出",
                "|30101||基本工资",
                "|30102||津贴补贴"));
        assertThat(preview.kind()).isEqualTo(CodeKind.ECONOMIC);
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("301", "30101", "30102");
    }

    @Test
    void aLevelNumberBesideTheCodesIsNotPartOfThem() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("dictionary",
                "编码|级次|名称|是否末级",
                "208|1|社会保障和就业支出|否",
                "20801|2|人力资源和社会保障管理事务|否",
                "2080101|3|行政运行|是"));
        assertThat(preview.layout().codeColumns()).isEqualTo("A");
        assertThat(preview.layout().nameColumnName()).isEqualTo("C");
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("208", "20801", "2080101");
    }

    @Test
    void otherClassificationsLengthsDuplicatesAndMissingNamesAreSkippedWithTheirReason() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("s",
                "编码|名称",
                "101|税收收入",
                "208|社会保障和就业支出",
                "20801|人力资源和社会保障管理事务",
                "208011|六位",
                "2080101|",
                "20801|人力资源和社会保障管理事务",
                "20801|另一个名称",
                "30101|基本工资"));
        assertThat(preview.entries()).extracting(CatalogEntry::code).containsExactly("208", "20801");
        assertThat(preview.skipped()).extracting(SkippedRow::row, SkippedRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, SkipReason.HEADER),
                org.assertj.core.groups.Tuple.tuple(2, SkipReason.OTHER_CLASSIFICATION),
                org.assertj.core.groups.Tuple.tuple(5, SkipReason.BAD_LENGTH),
                org.assertj.core.groups.Tuple.tuple(6, SkipReason.NO_NAME),
                org.assertj.core.groups.Tuple.tuple(7, SkipReason.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(8, SkipReason.DUPLICATE_OTHER_NAME),
                org.assertj.core.groups.Tuple.tuple(9, SkipReason.OTHER_CLASSIFICATION));
    }

    @Test
    void namesTheShippedListGivesDifferentlyAreConflicts() {
        ImportPreview preview = preview(CodeKind.FUNCTIONAL, sheet("s",
                "207|文化旅游体育与传媒支出", "208|社会保障和就业", "20805|行政事业单位离退休"));
        assertThat(preview.conflicts()).containsExactly(
                new NameConflict("208", "社会保障和就业支出", "社会保障和就业"),
                new NameConflict("20805", "行政事业单位养老支出", "行政事业单位离退休"));
    }

    @Test
    void theSheetWithTheMostCodesOfTheKindIsTaken() {
        ImportSheet revenue = sheet("收入", "101|税收收入", "10101|增值税");
        ImportSheet economic = sheet("经济", "301|工资福利支出", "30101|基本工资", "30102|津贴补贴");
        ImportSheet functional = sheet("支出", "208|社会保障和就业支出", "20801|人力资源和社会保障管理事务");
        assertThat(preview(null, revenue, functional, economic).sheet()).isEqualTo("经济");
        assertThat(preview(CodeKind.FUNCTIONAL, revenue, functional, economic).sheet()).isEqualTo("支出");
    }

    @Test
    void aFileWithoutCodesNamesTheRowsAndColumnsTried() {
        assertThatThrownBy(() -> preview(CodeKind.FUNCTIONAL,
                sheet("Sheet1", "部门预算表|", "项目|金额", "合计|1234.56", "2025年|"), sheet("Sheet2")))
                .isInstanceOf(NoCodesException.class)
                .hasMessageContaining("sheet \"Sheet1\" (rows 1–4, columns A–B)")
                .hasMessageContaining("sheet \"Sheet2\" (no cells)")
                .satisfies(e -> assertThat(((NoCodesException) e).tried()).hasSize(2));
        assertThatThrownBy(() -> preview(CodeKind.FUNCTIONAL, sheet("收入", "101|税收收入", "10101|增值税")))
                .isInstanceOf(NoCodesException.class)
                .satisfies(e -> assertThat(((NoCodesException) e).codesOfOtherKinds()).isEqualTo(2));
    }

    @Test
    void cellsAreReadAsPeopleWriteCodes() {
        assertThat(CellToken.of("２０１０１０１")).isEqualTo(new CellToken("2010101", ""));
        assertThat(CellToken.of(" 201 01 01 行政运行 ")).isEqualTo(new CellToken("2010101", "行政运行"));
        assertThat(CellToken.of("2010101、行政运行")).isEqualTo(new CellToken("2010101", "行政运行"));
        assertThat(CellToken.of("01")).isEqualTo(new CellToken("01", ""));
        assertThat(CellToken.of("1234.56").isCode()).isFalse();
        assertThat(CellToken.of("2025年预算").isCode()).isFalse();
        assertThat(CellToken.of("1.宣传").isText()).isTrue();
        assertThat(CellToken.of("12345678901").isCode()).isFalse();
        assertThat(CellToken.of("5G网络").isText()).isTrue();
    }
}
