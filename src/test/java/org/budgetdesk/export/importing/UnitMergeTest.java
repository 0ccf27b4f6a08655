package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.UndoManager;
import org.junit.jupiter.api.Test;

/** A unit prepared in a project of its own replaces the department's unit of its name, in one undo step. */
class UnitMergeTest {
    private static Unit unitWith(String name, String amount) {
        Unit unit = new Unit(name);
        FunctionalLine line = new FunctionalLine("2050201", FundingSource.GENERAL_PUBLIC_BUDGET);
        line.personnel().set(new BigDecimal(amount));
        unit.functional().add(line);
        return unit;
    }

    private static Department department() {
        Department department = new Department("教育局", 2025);
        department.units().add(unitWith("实验小学", "10.00"));
        department.units().add(new Unit("第二中学"));
        return department;
    }

    private static Department schoolsOwnProject() {
        Department school = new Department("实验小学", 2025);
        school.units().set(0, unitWith("实验小学", "20.00"));
        school.units().add(unitWith("实验小学附属幼儿园", "5.00"));
        school.customFunctionalCodes().put("2050299", "自拟的学前教育支出");
        return school;
    }

    @Test
    void replacesTheUnitOfItsNameInItsPlaceAddsTheOthersAndUndoesInOneStep() throws Exception {
        Department department = department();
        Unit before = department.units().get(1);
        UnitMerge merge = UnitMerge.of(department, schoolsOwnProject());

        assertThat(merge.replaced()).containsExactly("实验小学");
        assertThat(merge.added()).containsExactly("实验小学附属幼儿园");
        assertThat(merge.differences().differences()).extracting(Difference::unitName, Difference::before,
                Difference::after).contains(org.assertj.core.groups.Tuple.tuple("实验小学", "10.00", "20.00"));
        assertThat(department.units().get(1)).isSameAs(before);

        UndoManager undo = new UndoManager();
        undo.execute(merge.command());
        assertThat(department.units()).extracting(unit -> unit.name().get())
                .containsExactly("教育局", "实验小学", "第二中学", "实验小学附属幼儿园");
        assertThat(department.consolidated().functional().total().total().get()).isEqualByComparingTo("25");
        assertThat(department.customFunctionalCodes()).containsEntry("2050299", "自拟的学前教育支出");

        undo.undo();
        assertThat(department.units()).hasSize(3);
        assertThat(department.units().get(1)).isSameAs(before);
        assertThat(department.consolidated().functional().total().total().get()).isEqualByComparingTo("10");
        assertThat(department.customFunctionalCodes()).isEmpty();
    }

    @Test
    void aProjectOfAnotherYearIsRefused() {
        Department other = new Department("实验小学", 2024);
        assertThatThrownBy(() -> UnitMerge.of(department(), other)).isInstanceOf(IllegalArgumentException.class);
    }
}
