package org.budgetdesk.ui.other;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.PerformanceTargets;
import org.budgetdesk.ui.common.CellEdit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PerformanceViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private PerformanceTargets targets;
    private Document document;
    private PerformanceViewModel viewModel;

    @BeforeEach
    void load() throws Exception {
        department = SampleProject.load();
        targets = department.ownUnit().performance();
        document = new Document(department, null);
        viewModel = new PerformanceViewModel(document, messages);
    }

    private SheetColumn<PerformanceProject> column(String id) {
        return viewModel.columns().stream().filter(column -> column.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerProjectWithEveryCellEntered() {
        var rows = viewModel.tree(department.ownUnit()).getChildren();

        assertThat(rows).extracting(item -> item.getValue().name().get())
                .containsExactly("编外人员项目经费", "委托送达信息项目经费");
        for (SheetColumn<PerformanceProject> column : viewModel.columns()) {
            assertThat(column.isEditable(rows.get(0).getValue())).as(column.id()).isTrue();
        }
        assertThat(column("projectAmount").display().apply(rows.get(0).getValue()).getValue()).isEqualTo("94.89");
    }

    @Test
    void addAndRemoveAreOneUndoStepEach() {
        PerformanceProject added = viewModel.addProject();
        assertThat(targets.projects()).hasSize(3).endsWith(added);
        document.undoManager().undo();
        assertThat(targets.projects()).hasSize(2);

        PerformanceProject first = targets.projects().get(0);
        assertThat(viewModel.removeProject(first)).isNull();
        assertThat(targets.projects()).hasSize(1).doesNotContain(first);
        document.undoManager().undo();
        assertThat(targets.projects().get(0)).isSameAs(first);
    }

    @Test
    void removingNothingIsRefused() {
        assertThat(viewModel.removeProject(null)).isEqualTo(messages.get("other.performance.remove.nothing"));
        assertThat(viewModel.removeProject(new PerformanceProject()))
                .isEqualTo(messages.get("other.performance.remove.nothing"));
    }

    @Test
    void aBadFunctionalCodeIsRefused() {
        PerformanceProject project = targets.projects().get(0);

        CellEdit bad = column("projectCode").editor().commit(project, "20801");
        assertThat(bad.error()).isEqualTo("“20801”不是项级功能科目编码：项级编码为7位数字（类3位、款2位、项2位），如2010101。");
        CellEdit good = column("projectCode").editor().commit(project, " 2080101 ");
        document.undoManager().execute(good.command());
        assertThat(project.functionalCode().get()).isEqualTo("2080101");
    }

    @Test
    void theTotalIsComparedWithProjectExpenditure() {
        ObservableValue<String> total = viewModel.totalText();
        ObservableValue<String> warning = viewModel.overProjectWarning();
        assertThat(total.getValue()).isEqualTo("绩效目标项目合计104.89万元，项目支出104.89万元");
        assertThat(warning.getValue()).isEmpty();

        CellEdit edit = column("projectAmount").editor().commit(targets.projects().get(1), "11");
        document.undoManager().execute(edit.command());
        assertThat(total.getValue()).startsWith("绩效目标项目合计105.89万元");
        assertThat(warning.getValue()).isEqualTo("绩效目标项目合计超过项目支出1.00万元，请核对。");
    }
}
