package org.budgetdesk.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditsTest {

    private final Department department = new Department("某局", 2021);
    private final Unit own = department.ownUnit();
    private final UndoManager manager = new UndoManager();

    private static BigDecimal yuan(String value) {
        return Amounts.parse(value);
    }

    private FunctionalLine functionalLine(String code, String personnel) {
        FunctionalLine line = new FunctionalLine(code);
        line.personnel().set(yuan(personnel));
        return line;
    }

    @Test
    void setAmountStoresTheAmountWithScaleTwoAndUndoRestoresIt() {
        ObjectProperty<BigDecimal> reception = own.threePublic().reception().current();
        reception.set(yuan("38800.00"));

        manager.execute(Edits.setAmount(reception, new BigDecimal("1.5")));
        assertThat(reception.get()).isEqualTo(new BigDecimal("1.50"));
        assertThat(department.consolidated().threePublic().total().current().get()).isEqualTo(yuan("1.50"));
        assertThat(manager.undoDescription()).isEqualTo("edit.amount");

        manager.undo();
        assertThat(reception.get()).isEqualTo(yuan("38800.00"));
        manager.redo();
        assertThat(reception.get()).isEqualTo(yuan("1.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0.001", "1000000000000"})
    void setAmountRefusesAnInvalidAmountBeforeAnythingChanges(String value) {
        ObjectProperty<BigDecimal> goods = own.procurement().goods();

        assertThatThrownBy(() -> Edits.setAmount(goods, new BigDecimal(value)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edits.setAmount(goods, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(goods.get()).isEqualTo(Amounts.ZERO);
    }

    @Test
    void aConsolidatedAmountCannotBeSetThroughTheManager() {
        ObjectProperty<BigDecimal> consolidatedGoods = department.consolidated().procurement().goods();
        Command edit = Edits.setAmount(consolidatedGoods, yuan("5.00"));

        assertThatThrownBy(() -> manager.execute(edit)).isInstanceOf(RuntimeException.class);
        assertThat(manager.canUndoProperty().get()).isFalse();
        assertThat(manager.unsavedProperty().get()).isFalse();
        assertThat(consolidatedGoods.get()).isEqualTo(Amounts.ZERO);
    }

    @Test
    void countingAWelfareLineAsPersonnelMovesItInEveryUnitAndTheDepartmentAndUndoMovesItBack() {
        Unit second = new Unit("下属单位");
        department.units().add(second);
        EconomicLine own30229 = new EconomicLine("30229");
        own30229.current().set(yuan("1000.00"));
        own.economic().add(own30229);
        EconomicLine second30229 = new EconomicLine("30229");
        second30229.current().set(yuan("200.00"));
        second.economic().add(second30229);

        manager.execute(Edits.setBasicCostCategory(department, "30229", BasicCostCategory.PERSONNEL));

        assertThat(own.economic().personnel().current().get()).isEqualByComparingTo("1000.00");
        assertThat(second.economic().personnel().current().get()).isEqualByComparingTo("200.00");
        assertThat(department.consolidated().economic().personnel().current().get()).isEqualByComparingTo("1200.00");
        assertThat(department.consolidated().economic().publicCosts().current().get()).isEqualByComparingTo("0");

        manager.undo();

        assertThat(department.basicCostMapping().overrides()).isEmpty();
        assertThat(department.consolidated().economic().publicCosts().current().get()).isEqualByComparingTo("1200.00");
        assertThat(department.consolidated().economic().personnel().current().get()).isEqualByComparingTo("0");
    }

    @Test
    void theNationalCategoryIsNoOverride() {
        manager.execute(Edits.setBasicCostCategory(department, "30229", BasicCostCategory.PERSONNEL));
        manager.execute(Edits.setBasicCostCategory(department, "30229", BasicCostCategory.PUBLIC));

        assertThat(department.basicCostMapping().overrides()).isEmpty();
    }

    @Test
    void setTextStoresNullAsEmptyAndUndoRestoresTheText() {
        own.threePublic().reason().set("旧原因");

        manager.execute(Edits.setText(own.threePublic().reason(), null));
        assertThat(own.threePublic().reason().get()).isEmpty();
        manager.undo();
        assertThat(own.threePublic().reason().get()).isEqualTo("旧原因");

        manager.execute(Edits.setText(own.threePublic().reason(), "新原因"));
        assertThat(department.consolidated().threePublic().reason().get()).isEqualTo("新原因");
    }

    @Test
    void setCountSetsAndUndoesACount() {
        manager.execute(Edits.setCount(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL), 3));
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(3);
        assertThat(department.consolidated().assets().vehicleTotal().get()).isEqualTo(3);
        assertThat(manager.undoDescription()).isEqualTo("edit.count");

        manager.undo();
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isZero();
        manager.redo();
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(3);
    }

    @Test
    void setCountRefusesANegativeCount() {
        assertThatThrownBy(() -> Edits.setCount(own.assets().largeEquipment(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(own.assets().largeEquipment().get()).isZero();
    }

    @Test
    void setChangesAnyPropertyAndUndoRestoresIt() {
        manager.execute(Edits.set(department.comparisonBasis(), ComparisonBasis.PRIOR_FINAL_ACCOUNTS));
        assertThat(department.comparisonBasis().get()).isEqualTo(ComparisonBasis.PRIOR_FINAL_ACCOUNTS);

        manager.undo();
        assertThat(department.comparisonBasis().get()).isEqualTo(ComparisonBasis.PRIOR_BUDGET);
    }

    @Test
    void replaceTextsReplacesTheParagraphsAndUndoBringsThemBack() {
        own.texts().functions().setAll("职能一", "职能二");

        manager.execute(Edits.replaceTexts(own.texts().functions(), List.of("新职能")));
        assertThat(own.texts().functions()).containsExactly("新职能");
        assertThat(department.consolidated().texts().functions()).containsExactly("新职能");

        manager.undo();
        assertThat(own.texts().functions()).containsExactly("职能一", "职能二");
        manager.redo();
        assertThat(own.texts().functions()).containsExactly("新职能");
    }

    @Test
    void addFunctionalLineAppendsAndUndoRemovesIt() {
        FunctionalLine line = functionalLine("2080101", "10.00");

        manager.execute(Edits.addFunctionalLine(own.functional(), line));
        assertThat(own.functional().lines()).containsExactly(line);
        assertThat(department.consolidated().functional().total().total().get()).isEqualTo(yuan("10.00"));

        manager.undo();
        assertThat(own.functional().lines()).isEmpty();
        assertThat(own.functional().classes()).isEmpty();
        assertThat(department.consolidated().functional().lines()).isEmpty();
    }

    @Test
    void addingADuplicateFunctionalLineFailsWithoutAnUndoStep() {
        manager.execute(Edits.addFunctionalLine(own.functional(), functionalLine("2080101", "10.00")));

        assertThatThrownBy(() -> manager.execute(
                Edits.addFunctionalLine(own.functional(), functionalLine("2080101", "20.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        manager.undo();
        assertThat(own.functional().lines()).isEmpty();
        assertThat(manager.canUndoProperty().get()).isFalse();
    }

    @Test
    void removeFunctionalLineUndoRestoresItAtItsPosition() {
        FunctionalLine first = functionalLine("2080101", "1.00");
        FunctionalLine middle = functionalLine("2101101", "2.00");
        FunctionalLine last = functionalLine("2210201", "4.00");
        List.of(first, middle, last).forEach(own.functional()::add);

        manager.execute(Edits.removeFunctionalLine(own.functional(), middle));
        assertThat(own.functional().lines()).containsExactly(first, last);
        assertThat(own.functional().total().total().get()).isEqualTo(yuan("5.00"));

        manager.undo();
        assertThat(own.functional().lines()).containsExactly(first, middle, last);
        assertThat(own.functional().total().total().get()).isEqualTo(yuan("7.00"));

        manager.redo();
        assertThat(own.functional().lines()).containsExactly(first, last);
        manager.undo();
        assertThat(own.functional().lines()).containsExactly(first, middle, last);
    }

    @Test
    void addAndRemoveEconomicLineAreUndoneAtTheirPosition() {
        EconomicLine first = new EconomicLine("30101");
        EconomicLine second = new EconomicLine("30201");
        EconomicLine third = new EconomicLine("30302");
        second.current().set(yuan("3.00"));
        own.economic().add(first);
        own.economic().add(second);

        manager.execute(Edits.addEconomicLine(own.economic(), third));
        assertThat(own.economic().lines()).containsExactly(first, second, third);
        manager.execute(Edits.removeEconomicLine(own.economic(), second));
        assertThat(own.economic().lines()).containsExactly(first, third);
        assertThat(own.economic().publicCosts().current().get()).isEqualTo(Amounts.ZERO);

        manager.undo();
        assertThat(own.economic().lines()).containsExactly(first, second, third);
        assertThat(own.economic().publicCosts().current().get()).isEqualTo(yuan("3.00"));
        manager.undo();
        assertThat(own.economic().lines()).containsExactly(first, second);
    }

    @Test
    void addAndRemoveProjectAreUndoneAtTheirPosition() {
        PerformanceProject a = project("编外人员项目经费", "948900.00");
        PerformanceProject b = project("委托送达信息项目经费", "100000.00");
        PerformanceProject c = project("新项目", "1.00");
        own.performance().add(a);
        own.performance().add(b);

        manager.execute(Edits.addProject(own.performance(), c));
        assertThat(own.performance().projects()).containsExactly(a, b, c);
        manager.execute(Edits.removeProject(own.performance(), a));
        assertThat(own.performance().projects()).containsExactly(b, c);
        assertThat(own.performance().total().get()).isEqualTo(yuan("100001.00"));
        assertThat(department.consolidated().performance().projects()).containsExactly(b, c);

        manager.undo();
        assertThat(own.performance().projects()).containsExactly(a, b, c);
        assertThat(department.consolidated().performance().total().get()).isEqualTo(yuan("1048901.00"));
        manager.undo();
        assertThat(own.performance().projects()).containsExactly(a, b);
        assertThat(own.performance().total().get()).isEqualTo(yuan("1048900.00"));
    }

    private static PerformanceProject project(String name, String amount) {
        PerformanceProject project = new PerformanceProject();
        project.name().set(name);
        project.amount().set(yuan(amount));
        return project;
    }

    @Test
    void addUnitAppendsASubordinateAndUndoRemovesIt() {
        Unit unit = new Unit("下属单位");
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(yuan("5.00"));

        manager.execute(Edits.addUnit(department, unit));
        assertThat(department.units()).containsExactly(own, unit);
        assertThat(department.consolidated().income().total().current().get()).isEqualTo(yuan("5.00"));

        manager.undo();
        assertThat(department.units()).containsExactly(own);
        assertThat(department.consolidated().income().total().current().get()).isEqualTo(Amounts.ZERO);
    }

    @Test
    void removeUnitUndoRestoresItAtItsPosition() {
        Unit second = new Unit("二");
        Unit third = new Unit("三");
        second.functional().add(functionalLine("2080101", "2.00"));
        department.units().addAll(second, third);

        manager.execute(Edits.removeUnit(department, second));
        assertThat(department.units()).containsExactly(own, third);
        assertThat(department.consolidated().functional().lines()).isEmpty();

        manager.undo();
        assertThat(department.units()).containsExactly(own, second, third);
        assertThat(department.consolidated().functional().total().total().get()).isEqualTo(yuan("2.00"));
    }

    @Test
    void removingAUnitRemovesItsCommentsAndTheLaterUnitsCommentsFollowTheirUnits() {
        Unit second = new Unit("二");
        Unit third = new Unit("三");
        department.units().addAll(second, third);
        Comment onOwn = comment(0, "本级");
        Comment onSecond = comment(1, "二级");
        Comment onThird = comment(2, "三级");
        onThird.resolved().set(true);
        Comment onDepartment = comment(CommentTarget.DEPARTMENT, "部门");
        department.comments().addAll(onOwn, onSecond, onThird, onDepartment);

        manager.execute(Edits.removeUnit(department, second));

        assertThat(department.comments()).extracting(c -> c.text().get()).containsExactly("本级", "三级", "部门");
        Comment moved = department.comments().get(1);
        assertThat(moved.target()).isEqualTo(new CommentTarget(DisclosureSection.FUNCTIONAL, 1, "2080101"));
        assertThat(department.units().get(moved.target().unitIndex())).isSameAs(third);
        assertThat(moved.resolved().get()).isTrue();
        assertThat(moved.author().get()).isEqualTo("审核人");
        assertThat(moved.time().get()).isEqualTo(onThird.time().get());
        assertThat(department.comments().get(0)).isSameAs(onOwn);

        manager.undo();
        assertThat(department.comments()).containsExactly(onOwn, onSecond, onThird, onDepartment);
        manager.redo();
        assertThat(department.comments()).extracting(c -> c.target().unitIndex()).containsExactly(0, 1, -1);
    }

    private static Comment comment(int unitIndex, String text) {
        return new Comment(new CommentTarget(DisclosureSection.FUNCTIONAL, unitIndex, "2080101"), "审核人",
                Instant.parse("2021-03-01T08:30:00Z"), text);
    }

    @Test
    void theOwnUnitAndAStrangerCannotBeRemoved() {
        assertThatThrownBy(() -> Edits.removeUnit(department, own)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edits.removeUnit(department, new Unit("外")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(department.units()).containsExactly(own);
    }

    @Test
    void putCustomCodeAddsAndUndoRemovesANewCode() {
        manager.execute(Edits.putCustomCode(department.customFunctionalCodes(), "2089901", "自定义项"));
        assertThat(department.customFunctionalCodes()).containsEntry("2089901", "自定义项");

        manager.undo();
        assertThat(department.customFunctionalCodes()).doesNotContainKey("2089901");
        manager.redo();
        assertThat(department.customFunctionalCodes()).containsEntry("2089901", "自定义项");
    }

    @Test
    void putCustomCodeRenamesAndUndoRestoresTheOldName() {
        department.customEconomicCodes().put("30298", "旧名");

        manager.execute(Edits.putCustomCode(department.customEconomicCodes(), "30298", "新名"));
        assertThat(department.customEconomicCodes()).containsEntry("30298", "新名");

        manager.undo();
        assertThat(department.customEconomicCodes()).containsEntry("30298", "旧名");
    }
}
