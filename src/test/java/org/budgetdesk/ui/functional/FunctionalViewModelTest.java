package org.budgetdesk.ui.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.functional.FunctionalRow.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FunctionalViewModelTest {
    private Department department;
    private Document document;
    private FunctionalViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        viewModel = new FunctionalViewModel(document, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void treeHasTheTotalThenClassesSectionsAndLinesInCodeOrder() {
        TreeItem<FunctionalRow> root = viewModel.tree(department.ownUnit());
        assertThat(root.getChildren()).extracting(item -> item.getValue().code())
                .containsExactly("", "208", "210", "221");
        assertThat(root.getChildren().get(0).getValue().level()).isEqualTo(Level.TOTAL);
        TreeItem<FunctionalRow> social = root.getChildren().get(1);
        assertThat(social.getValue().name()).isEqualTo("社会保障和就业支出");
        assertThat(social.getChildren()).extracting(item -> item.getValue().code()).containsExactly("20801", "20805");
        assertThat(social.getChildren().get(0).getChildren()).extracting(item -> item.getValue().code())
                .containsExactly("2080101", "2080109");
        assertThat(social.getChildren().get(0).getChildren().get(0).getValue().isLine()).isTrue();
        assertThat(social.getValue().isLine()).isFalse();
    }

    @Test
    void addingALineByCodeOrCompletedTextIsUndoable() {
        assertThat(viewModel.addLine("2080102 一般行政管理事务", FundingSource.GENERAL_PUBLIC_BUDGET)).isNull();
        assertThat(department.ownUnit().functional().find("2080102", FundingSource.GENERAL_PUBLIC_BUDGET)).isPresent();
        document.undoManager().undo();
        assertThat(department.ownUnit().functional().find("2080102", FundingSource.GENERAL_PUBLIC_BUDGET)).isEmpty();
    }

    @Test
    void theSameCodeMayBeFundedBySeveralSources() {
        assertThat(viewModel.addLine("2080101", FundingSource.GOVERNMENT_FUND)).isNull();
        assertThat(department.ownUnit().functional().lines()).hasSize(8);
    }

    @Test
    void badUnknownAndDuplicateCodesAreRefusedWithAReason() {
        assertThat(viewModel.addLine("20801", FundingSource.GENERAL_PUBLIC_BUDGET)).contains("项级编码为7位数字");
        assertThat(viewModel.addLine("abc", FundingSource.GENERAL_PUBLIC_BUDGET)).contains("项级编码为7位数字");
        assertThat(viewModel.addLine("2089999", FundingSource.GENERAL_PUBLIC_BUDGET)).contains("自定义科目");
        assertThat(viewModel.addLine("2080101", FundingSource.GENERAL_PUBLIC_BUDGET)).contains("已有");
        assertThat(department.ownUnit().functional().lines()).hasSize(7);
        assertThat(document.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void aCustomCodeIsStoredWithItsNameAndItsLineAddedInOneStep() {
        assertThat(viewModel.addCustomLine("2089999", "其他试点支出", FundingSource.GENERAL_PUBLIC_BUDGET)).isNull();
        assertThat(department.customFunctionalCodes()).containsEntry("2089999", "其他试点支出");
        assertThat(viewModel.tree(department.ownUnit()).getChildren().get(1).getChildren())
                .anySatisfy(section -> assertThat(section.getValue().code()).isEqualTo("20899"));
        document.undoManager().undo();
        assertThat(department.customFunctionalCodes()).doesNotContainKey("2089999");
        assertThat(department.ownUnit().functional().lines()).hasSize(7);
        assertThat(viewModel.addCustomLine("2089999", " ", FundingSource.GENERAL_PUBLIC_BUDGET)).contains("名称");
    }

    @Test
    void completionOffersItemsByCodePrefixOrName() {
        assertThat(viewModel.suggestions("20801")).extracting(entry -> entry.code()).contains("2080101", "2080109")
                .allMatch(code -> code.length() == 7);
        assertThat(viewModel.suggestions("住房公积金")).extracting(entry -> entry.code()).containsExactly("2210201");
    }

    @Test
    void removingALineIsUndoneToItsPlace() {
        var line = department.ownUnit().functional().lines().get(1);
        viewModel.removeLine(line);
        assertThat(department.ownUnit().functional().lines()).doesNotContain(line);
        document.undoManager().undo();
        assertThat(department.ownUnit().functional().lines().get(1)).isSameAs(line);
    }
}
