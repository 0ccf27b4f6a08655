package org.budgetdesk.ui.economic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.economic.EconomicRow.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EconomicViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private EconomicViewModel viewModel;
    private EconomicSpending spending;

    @BeforeEach
    void loadSample() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        viewModel = new EconomicViewModel(document, messages);
        spending = department.ownUnit().economic();
    }

    static List<EconomicRow> rows(TreeItem<EconomicRow> root) {
        List<EconomicRow> rows = new ArrayList<>();
        for (TreeItem<EconomicRow> child : root.getChildren()) {
            rows.add(child.getValue());
            rows.addAll(rows(child));
        }
        return rows;
    }

    @Test
    void totalAndCategorySummariesComeFirstThenClassesWithTheirLinesByCode() {
        TreeItem<EconomicRow> root = viewModel.tree(department.ownUnit());

        assertThat(root.getChildren()).extracting(item -> item.getValue().level()).containsExactly(
                Level.TOTAL, Level.CATEGORY, Level.CATEGORY, Level.CLASS, Level.CLASS, Level.CLASS);
        assertThat(root.getChildren()).extracting(item -> item.getValue().name()).containsExactly(
                "合计", "人员经费", "公用经费", "工资福利支出", "商品和服务支出", "对个人和家庭的补助");
        assertThat(root.getChildren().subList(3, 6)).extracting(item -> item.getValue().code())
                .containsExactly("301", "302", "303");
        List<String> codes302 = root.getChildren().get(4).getChildren().stream()
                .map(item -> item.getValue().code()).toList();
        assertThat(codes302).hasSize(13).isSorted().startsWith("30201", "30202", "30205");
    }

    @Test
    void linesCarryNameCategoryAndAreTheOnlyEnteredRows() {
        List<EconomicRow> rows = rows(viewModel.tree(department.ownUnit()));
        EconomicRow office = rows.stream().filter(row -> "30201".equals(row.code())).findFirst().orElseThrow();

        assertThat(office.name()).isEqualTo("办公费");
        assertThat(office.category()).isEqualTo(BasicCostCategory.PUBLIC);
        assertThat(office.isLine()).isTrue();
        assertThat(rows).filteredOn(EconomicRow::isLine).hasSize(spending.lines().size())
                .allMatch(row -> row.level() == Level.LINE);
        assertThat(rows).filteredOn(row -> row.code().startsWith("303") && row.level() == Level.CLASS)
                .extracting(EconomicRow::category).containsExactly(BasicCostCategory.PERSONNEL);
    }

    @Test
    void summaryRowsAreTheModelsTotalsAndSharesAreOfTheTotal() {
        List<EconomicRow> rows = rows(viewModel.tree(department.ownUnit()));

        assertThat(rows.get(0).figures()).isSameAs(spending.total());
        assertThat(rows.get(1).figures()).isSameAs(spending.personnel());
        assertThat(rows.get(2).figures()).isSameAs(spending.publicCosts());
        assertThat(rows.get(0).share().getValue().percent(2)).contains(new BigDecimal("100.00"));
        BigDecimal personnel = rows.get(1).share().getValue().percent(4).orElseThrow();
        BigDecimal publicCosts = rows.get(2).share().getValue().percent(4).orElseThrow();
        assertThat(personnel.add(publicCosts)).isEqualByComparingTo("100");
    }

    @Test
    void addsALineByCodeOrByNameAndUndoRemovesIt() {
        assertThat(viewModel.addLine("30203")).isNull();
        assertThat(spending.find("30203")).isPresent();
        document.undoManager().undo();
        assertThat(spending.find("30203")).isEmpty();

        assertThat(viewModel.addLine("咨询费")).isNull();
        assertThat(spending.find("30203")).isPresent();
        assertThat(viewModel.addLine("30204 手续费")).isNull();
        assertThat(spending.find("30204")).isPresent();
    }

    @Test
    void refusesBadShapesUnknownCodesNamesAndDuplicates() {
        int before = spending.lines().size();

        assertThat(viewModel.addLine("  ")).isEqualTo("请输入款级科目编码或名称。");
        assertThat(viewModel.addLine("302")).isEqualTo("“302”不是款级经济分类编码：款级编码为5位数字（类3位、款2位），如30101。");
        assertThat(viewModel.addLine("3020111")).isEqualTo("“3020111”不是款级经济分类编码：款级编码为5位数字（类3位、款2位），如30101。");
        assertThat(viewModel.addLine("30230")).isEqualTo("30230不在本年度科目表中，请作为自定义科目添加。");
        assertThat(viewModel.addLine("不存在的科目")).isEqualTo("本年度科目表中没有名为“不存在的科目”的款级科目。");
        assertThat(viewModel.addLine("房屋建筑物购建")).contains("30901").contains("31001");
        assertThat(viewModel.addLine("30201")).isEqualTo("已有科目30201。");

        assertThat(spending.lines()).hasSize(before);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void customCodeAndItsLineAreOneUndoStep() {
        assertThat(viewModel.addCustomLine("30230", "  课题研究费 ")).isNull();

        assertThat(department.customEconomicCodes()).containsEntry("30230", "课题研究费");
        assertThat(spending.find("30230")).isPresent();
        assertThat(rows(viewModel.tree(department.ownUnit()))).filteredOn(row -> "30230".equals(row.code()))
                .extracting(EconomicRow::name).containsExactly("课题研究费");

        document.undoManager().undo();

        assertThat(department.customEconomicCodes()).doesNotContainKey("30230");
        assertThat(spending.find("30230")).isEmpty();
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void refusesBadCustomCodes() {
        assertThat(viewModel.addCustomLine("3023", "x")).isEqualTo("“3023”不是款级经济分类编码：款级编码为5位数字（类3位、款2位），如30101。");
        assertThat(viewModel.addCustomLine("30230", " ")).isEqualTo("请为自定义科目填写名称。");
        assertThat(viewModel.addCustomLine("30203", "咨询")).isEqualTo("30203已在本年度科目表中（咨询费），请直接添加该科目。");
        assertThat(viewModel.addCustomLine("30230", "课题研究费")).isNull();
        assertThat(viewModel.addCustomLine("30230", "课题研究费")).isEqualTo("已有科目30230。");
    }

    @Test
    void removingALineIsUndoneToTheSamePlace() {
        EconomicLine line = spending.find("30206").orElseThrow();
        int index = spending.lines().indexOf(line);
        BigDecimal total = spending.total().current().get();

        assertThat(viewModel.removeLine(line)).isNull();
        assertThat(spending.find("30206")).isEmpty();
        assertThat(spending.total().current().get()).isEqualByComparingTo(total.subtract(line.current().get()));

        document.undoManager().undo();

        assertThat(spending.lines().indexOf(line)).isEqualTo(index);
        assertThat(spending.total().current().get()).isEqualByComparingTo(total);
        assertThat(viewModel.removeLine(null)).isEqualTo("请选中要删除的科目行（不能删除合计、小计行）。");
    }

    @Test
    void theConsolidatedDepartmentIsNotEdited() {
        document.viewedUnitProperty().set(department.consolidated());
        int lines = department.consolidated().economic().lines().size();

        assertThat(viewModel.addLine("30203")).isEqualTo("部门汇总为只读，请选择一个单位进行编辑。");
        assertThat(viewModel.addCustomLine("30230", "课题研究费")).isEqualTo("部门汇总为只读，请选择一个单位进行编辑。");
        assertThat(viewModel.removeLine(department.consolidated().economic().lines().get(0)))
                .isEqualTo("部门汇总为只读，请选择一个单位进行编辑。");
        assertThat(department.consolidated().economic().lines()).hasSize(lines);
    }

    @Test
    void agreementWithTheFunctionalSpendingFollowsEdits() {
        var agreement = viewModel.agreement(department.ownUnit());
        assertThat(agreement.get()).isEqualTo("人员经费、公用经费与功能分类一致");

        spending.find("30201").orElseThrow().current().set(new BigDecimal("412345.00"));

        assertThat(agreement.get()).isEqualTo("公用经费与功能分类相差 1.23 万元（本表 "
                + format(spending.publicCosts().current().get()) + "，功能分类 "
                + format(department.ownUnit().functional().total().publicCosts().get()) + "）");

        spending.find("30201").orElseThrow().current().set(new BigDecimal("400003.00"));
        assertThat(agreement.get()).startsWith("公用经费与功能分类相差 3.00 元");

        spending.find("30101").orElseThrow().current().set(new BigDecimal("830000.00"));
        assertThat(agreement.get()).startsWith("人员经费与功能分类相差 1.00 万元").contains("；公用经费与功能分类相差 3.00 元");
    }

    private static String format(BigDecimal yuan) {
        return org.budgetdesk.format.Numbers.grouped(yuan, org.budgetdesk.format.DisplayUnit.WAN_YUAN);
    }

    @Test
    void suggestionsAreItemsOnly() {
        assertThat(viewModel.suggestions("302")).isNotEmpty()
                .allMatch(entry -> entry.code().length() == 5 && entry.code().startsWith("302"));
        assertThat(viewModel.suggestions("差旅")).extracting(entry -> entry.code()).containsExactly("30211");
    }

    @Test
    void switchingACategoryCountsTheCodeTheOtherWayAndSaysSoAndUndoGoesBack() {
        BigDecimal personnel = spending.personnel().current().get();
        EconomicLine welfare = spending.find("30229").orElseThrow();

        String said = viewModel.switchCategory(welfare);

        assertThat(said).isEqualTo("30229 福利费在本项目中计入人员经费（全国通行口径为公用经费）。");
        assertThat(spending.personnel().current().get())
                .isEqualByComparingTo(personnel.add(welfare.current().get()));
        assertThat(rows(viewModel.tree(department.ownUnit())))
                .filteredOn(row -> "30229".equals(row.code())).extracting(EconomicRow::category)
                .containsExactly(BasicCostCategory.PERSONNEL);

        assertThat(viewModel.switchCategory(welfare)).isEqualTo("30229 福利费按全国通行口径计入公用经费。");
        assertThat(department.basicCostMapping().overrides()).isEmpty();
        document.undoManager().undo();
        assertThat(spending.categoryOf("30229")).isEqualTo(BasicCostCategory.PERSONNEL);
        assertThat(viewModel.switchCategory(null)).isEqualTo("请选中要改变归类的科目行。");
    }
}
