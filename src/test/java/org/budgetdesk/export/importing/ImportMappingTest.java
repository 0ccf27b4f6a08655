package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.export.importing.SheetBuilder.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping of sheets and columns a person corrects: printed as JSON, read back, remembered per fingerprint. */
class ImportMappingTest {
    @TempDir
    Path folder;

    /** A sheet whose amount column BudgetDesk does not know (年初批复数), beside one it does. */
    private Path workbook(String amountHeader) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "项目明细").row("单位：元")
                .row("支出功能分类科目编码", "支出功能分类科目名称", amountHeader)
                .row("2010101", "行政运行", 1000.5)
                .row("2010102", "一般行政管理事务", 200);
        sheet(workbook, "3.22部门政府性基金预算支出功能分类预算表").row("单位：元")
                .row("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                .row("2120803", "征地和拆迁补偿支出", 300, 0, 300);
        return SheetBuilder.save(workbook, folder.resolve(amountHeader + ".xlsx"));
    }

    @Test
    void thePrintedMappingListsEveryColumnAndACorrectedOneReadsTheUnknownSheet() throws Exception {
        Path file = workbook("年初批复数");
        WorkbookLayout layout = WorkbookImport.layout(file);
        assertThat(layout.needsMapping()).isTrue();
        assertThat(layout.recognised().sheets()).extracting(SheetMapping::sheet)
                .containsExactly("3.22部门政府性基金预算支出功能分类预算表");

        String json = MappingFile.write(layout.recognised(), layout);
        assertThat(json).contains("\"项目明细\"", "\"年初批复数\" : \"\"", "\"governmentFund\"");
        String corrected = json.replaceFirst("\"sheet\" : \"项目明细\",\\s*\"table\" : \"\"",
                        "\"sheet\" : \"项目明细\", \"table\" : \"generalBudget\"")
                .replace("\"支出功能分类科目编码\" : \"\"", "\"支出功能分类科目编码\" : \"code\"")
                .replace("\"支出功能分类科目名称\" : \"\"", "\"支出功能分类科目名称\" : \"name\"")
                .replace("\"年初批复数\" : \"\"", "\"年初批复数\" : \"project\"");
        ImportMapping mapping = MappingFile.parse(corrected);
        ImportedFigures figures = WorkbookImport.read(file, mapping);

        assertThat(figures.problems()).isEmpty();
        assertThat(figures.functional().get("2010101").get(FundingSource.GENERAL_PUBLIC_BUDGET).project())
                .isEqualByComparingTo("1000.50");
        assertThat(figures.functional().get("2120803").get(FundingSource.GOVERNMENT_FUND).project())
                .isEqualByComparingTo("300");
    }

    @Test
    void aMappingNamingAnUnknownTableOrFigureIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> MappingFile.parse(
                "{\"sheets\": [{\"sheet\": \"表A\", \"table\": \"nonsense\", \"columns\": {}}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("表A").hasMessageContaining("nonsense");
        assertThatThrownBy(() -> MappingFile.parse(
                "{\"sheets\": [{\"sheet\": \"表A\", \"table\": \"income\", \"columns\": {\"金额\": \"project\"}}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("金额").hasMessageContaining("project");
    }

    @Test
    void aRememberedMappingIsOfferedForAWorkbookOfTheSameLayoutOnly() throws Exception {
        MappingStore store = new MappingStore(folder.resolve("home/import-mappings"));
        WorkbookLayout first = WorkbookImport.layout(workbook("年初批复数"));
        ImportMapping corrected = first.recognised().withSheets(List.of(new SheetMapping("项目明细",
                TableKind.GENERAL_BUDGET, Map.of("支出功能分类科目编码", "code", "年初批复数", "project"))));
        store.remember(corrected);

        WorkbookLayout again = WorkbookImport.layout(workbook("年初批复数"));
        WorkbookLayout other = WorkbookImport.layout(workbook("调整后预算数"));
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).isNotEqualTo(other.fingerprint());
        assertThat(store.remembered(again.fingerprint())).contains(corrected);
        assertThat(store.remembered(other.fingerprint())).isEmpty();
    }
}
