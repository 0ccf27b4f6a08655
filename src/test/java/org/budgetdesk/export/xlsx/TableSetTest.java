package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.format.DisplayUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table sets are data: the two shipped sets, a region added as a file only, and files that are wrong. */
class TableSetTest {
    @TempDir
    Path folder;

    @Test
    void theSichuanSetHasItsThirteenTablesInOrder() {
        TableSet set = TableSet.load("sichuan");
        assertThat(set.tables()).extracting(table -> table.number() + " " + table.title()).containsExactly(
                "表1 部门收支总表", "表1-1 部门收入总表", "表1-2 部门支出总表", "表2 财政拨款收支预算总表",
                "表2-1 财政拨款支出预算表（部门经济分类科目）", "表3 一般公共预算支出预算表", "表3-1 一般公共预算基本支出预算表",
                "表3-2 一般公共预算项目支出预算表", "表3-3 一般公共预算“三公”经费支出预算表", "表4 政府性基金支出预算表",
                "表4-1 政府性基金预算“三公”经费支出预算表", "表5 国有资本经营预算支出预算表", " 项目支出绩效目标表");
    }

    @Test
    void theCentralSetHasTheNineTables() {
        assertThat(TableSet.load("central").tables()).extracting(TableTemplate::title).containsExactly(
                "部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
                "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表");
    }

    @Test
    void multiLevelHeadersAreData() {
        TableTemplate table = TableSet.load("sichuan").tables().get(8);
        assertThat(table.headerDepth()).isEqualTo(3);
        assertThat(table.leaves()).extracting(ColumnSpec::field).startsWith("name", "total", "overseasTravel",
                "vehicles", "vehiclePurchase", "vehicleOperation", "reception", "prior.total");
    }

    @Test
    void aRegionIsAddedAsAFileWithoutCode() throws Exception {
        Path file = folder.resolve("region.xlsx");
        new XlsxExporter().export(Exports.sample(), file, new ExportOptions("test-region", DisplayUnit.WAN_YUAN, java.util.List.of()));
        try (XSSFWorkbook workbook = Exports.open(file)) {
            Grid spending = Grid.of(workbook.getSheet("一"));
            assertThat(spending.cell(0, 0)).isEqualTo("表一");
            assertThat(spending.cell(spending.rowOf(1, "合计"), 3)).isEqualTo(new BigDecimal("763.06"));
            Grid threePublic = Grid.of(workbook.getSheet("二"));
            assertThat(threePublic.cell(2, 4)).isEqualTo("单位：元");
            assertThat(threePublic.cell(threePublic.rowOf(0, "合计"), 1)).isEqualTo(new BigDecimal("30000.00"));
        }
    }

    @Test
    void aWrongSetIsRefusedWithItsReason() {
        assertThatThrownBy(() -> TableSet.load("shanghai")).hasMessageContaining("no table set named shanghai");
        assertThatThrownBy(() -> TableSet.load("../sichuan")).hasMessageContaining("not a table-set name");
        assertThatThrownBy(() -> TableSet.load("test-bad-field"))
                .hasMessageContaining("the economic rows have no field goals");
        assertThatThrownBy(() -> TableSet.load("test-bad-builder")).hasMessageContaining("no row builder named nothing");
    }
}
