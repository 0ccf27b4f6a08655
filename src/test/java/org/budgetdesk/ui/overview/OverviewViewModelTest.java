package org.budgetdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private Department department;
    private Document document;
    private OverviewViewModel viewModel;

    @BeforeEach
    void load() throws Exception {
        department = SampleProject.load();
        document = new Document(department, null);
        viewModel = new OverviewViewModel(document, messages);
    }

    private boolean canUndo() {
        return document.undoManager().canUndoProperty().get();
    }

    @Test
    void addingASubordinateUnitIsOneUndoStep() {
        assertThat(viewModel.addUnit("  乐山市社保服务站 ")).isNull();
        assertThat(department.units()).hasSize(2);
        assertThat(department.units().get(1).name().get()).isEqualTo("乐山市社保服务站");
        assertThat(department.subordinateCount()).isEqualTo(1);

        document.undoManager().undo();
        assertThat(department.units()).hasSize(1);
    }

    @Test
    void aUnitNeedsAFreshName() {
        assertThat(viewModel.addUnit("  ")).isEqualTo("单位名称不能为空。");
        assertThat(viewModel.addUnit("乐山市社会保险事务中心")).isEqualTo("已有名为“乐山市社会保险事务中心”的单位。");
        assertThat(department.units()).hasSize(1);
        assertThat(canUndo()).isFalse();
    }

    @Test
    void theOwnUnitCannotBeRemoved() {
        assertThat(viewModel.removeUnit(department.ownUnit())).isEqualTo("部门本级不能删除。");
        assertThat(viewModel.removeUnit(null)).isEqualTo(messages.get("overview.units.noneSelected"));
        assertThat(department.units()).hasSize(1);
        assertThat(canUndo()).isFalse();
    }

    @Test
    void removingASubordinateUnitIsUndoneInPlace() {
        viewModel.addUnit("甲");
        viewModel.addUnit("乙");
        Unit first = department.units().get(1);

        assertThat(viewModel.removeUnit(first)).isNull();
        assertThat(department.units()).extracting(unit -> unit.name().get())
                .containsExactly("乐山市社会保险事务中心", "乙");
        document.undoManager().undo();
        assertThat(department.units().get(1)).isSameAs(first);
    }

    @Test
    void removingTheViewedUnitViewsTheOwnUnit() {
        viewModel.addUnit("甲");
        Unit added = department.units().get(1);
        viewModel.view(added);
        assertThat(document.viewedUnitProperty().get()).isSameAs(added);

        document.undoManager().undo();
        assertThat(document.viewedUnitProperty().get()).isSameAs(department.ownUnit());
    }

    @Test
    void renamingAUnitRefusesABlankOrTakenName() {
        viewModel.addUnit("甲");
        Unit added = department.units().get(1);

        assertThat(viewModel.renameUnit(added, "")).isEqualTo("单位名称不能为空。");
        assertThat(viewModel.renameUnit(added, "乐山市社会保险事务中心")).contains("已有名为");
        assertThat(viewModel.renameUnit(added, "乙")).isNull();
        assertThat(added.name().get()).isEqualTo("乙");
        document.undoManager().undo();
        assertThat(added.name().get()).isEqualTo("甲");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1999", "2101", "2021.5", "-2021"})
    void aBadBudgetYearIsRefused(String typed) {
        assertThat(viewModel.setBudgetYear(typed)).isEqualTo(
                "“" + typed.strip() + "”不是有效的预算年度，请输入2000至2100之间的整数。");
        assertThat(department.budgetYear().get()).isEqualTo(2021);
        assertThat(canUndo()).isFalse();
    }

    @Test
    void theBudgetYearIsOneUndoStep() {
        assertThat(viewModel.setBudgetYear(" 2022 ")).isNull();
        assertThat(department.budgetYear().get()).isEqualTo(2022);
        assertThat(viewModel.department(Department::budgetYear).getValue()).isEqualTo(2022);
        document.undoManager().undo();
        assertThat(department.budgetYear().get()).isEqualTo(2021);
    }

    @Test
    void kindBasisNameAndParentAreOneUndoStepEach() {
        viewModel.setKind(DepartmentKind.ADMINISTRATIVE);
        viewModel.setComparisonBasis(ComparisonBasis.PRIOR_EXECUTION);
        viewModel.setName("新名称");
        viewModel.setParentDepartment("新主管部门");
        assertThat(viewModel.setName(" ")).isEqualTo("部门名称不能为空。");

        assertThat(department.kind().get()).isEqualTo(DepartmentKind.ADMINISTRATIVE);
        assertThat(department.comparisonBasis().get()).isEqualTo(ComparisonBasis.PRIOR_EXECUTION);
        assertThat(department.name().get()).isEqualTo("新名称");
        for (int i = 0; i < 4; i++) {
            document.undoManager().undo();
        }
        assertThat(department.kind().get()).isEqualTo(DepartmentKind.CIVIL_SERVICE_MANAGED_INSTITUTION);
        assertThat(department.comparisonBasis().get()).isEqualTo(ComparisonBasis.PRIOR_BUDGET);
        assertThat(department.name().get()).isEqualTo("乐山市社会保险事务中心");
        assertThat(department.parentDepartment().get()).isEqualTo("乐山市人力资源和社会保障局");
        assertThat(canUndo()).isFalse();
    }

    @Test
    void settingTheSameValueMakesNoUndoStep() {
        viewModel.setKind(DepartmentKind.CIVIL_SERVICE_MANAGED_INSTITUTION);
        viewModel.setBudgetYear("2021");
        viewModel.setName("乐山市社会保险事务中心");

        assertThat(canUndo()).isFalse();
    }

    @Test
    void theAppropriationPurposeFollowsTheViewedUnit() {
        assertThat(viewModel.setAppropriationPurpose("新用途")).isNull();
        assertThat(department.ownUnit().texts().appropriationPurpose().get()).isEqualTo("新用途");
        viewModel.addUnit("甲");
        viewModel.view(department.units().get(1));
        assertThat(viewModel.appropriationPurpose().getValue()).isEmpty();

        document.viewedUnitProperty().set(department.consolidated());
        assertThat(viewModel.appropriationPurpose().getValue()).isEqualTo("新用途");
        assertThat(viewModel.setAppropriationPurpose("x")).isEqualTo(messages.get("overview.readOnly"));
        assertThat(viewModel.addUnit("乙")).isEqualTo(messages.get("overview.readOnly"));
    }
}
