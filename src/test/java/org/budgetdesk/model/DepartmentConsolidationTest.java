package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.model.TestLines.economic;
import static org.budgetdesk.model.TestLines.functional;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DepartmentConsolidationTest {

    private final Department department = new Department("某市社会保险事业管理局", 2021);
    private final Unit consolidated = department.consolidated();
    private Unit own;
    private Unit second;
    private Unit third;

    @BeforeEach
    void threeFilledUnits() {
        own = department.ownUnit();
        second = new Unit("第二单位");
        third = new Unit("第三单位");
        department.units().addAll(second, third);
        fill(own, 1);
        fill(second, 10);
        fill(third, 100);
        // lines only some units have
        own.functional().add(functional("2101101", "5.00", "0.00", "0.00", "4.00"));
        third.functional().add(functional("2080101", FundingSource.INSTITUTIONAL_REVENUE, "0.00", "0.00", "7.00",
                "0.00"));
        second.economic().add(economic("31002", "9.00", "0.00"));
        own.texts().functions().setAll("职能一", "职能二");
        own.threePublic().reason().set("压减公务接待");
        second.threePublic().reason().set("下属单位原因");
    }

    /** Fills every figure of a unit with a multiple of {@code k}, so sums over the units show who contributed. */
    private static void fill(Unit unit, int k) {
        int i = 1;
        for (FundingSource source : FundingSource.values()) {
            set(unit.income().source(source), (k * i) + ".00", (k * i * 2) + ".00");
            i++;
        }
        set(unit.threePublic().overseasTravel(), k + ".00", "0.00");
        set(unit.threePublic().reception(), (2 * k) + ".00", (3 * k) + ".00");
        set(unit.threePublic().vehiclePurchase(), (4 * k) + ".00", "0.00");
        set(unit.threePublic().vehicleOperation(), (5 * k) + ".00", (6 * k) + ".00");
        set(unit.operatingCosts(), (7 * k) + ".00", (8 * k) + ".00");
        unit.procurement().goods().set(yuan(k + ".00"));
        unit.procurement().works().set(yuan((2 * k) + ".00"));
        unit.procurement().services().set(yuan((3 * k) + ".00"));
        unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(k);
        unit.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).set(2 * k);
        unit.assets().largeEquipment().set(3 * k);
        unit.assets().plannedVehicles().set(4 * k);
        unit.assets().plannedLargeEquipment().set(5 * k);
        unit.functional().add(functional("2080101", k + ".00", (2 * k) + ".00", "0.00", (3 * k) + ".00"));
        unit.functional().add(functional("2080109", "0.00", "0.00", (4 * k) + ".00", (5 * k) + ".00"));
        unit.economic().add(economic("30101", k + ".00", (2 * k) + ".00"));
        unit.economic().add(economic("30201", (3 * k) + ".00", (4 * k) + ".00"));
        PerformanceProject project = new PerformanceProject();
        project.name().set("项目" + k);
        project.amount().set(yuan((4 * k) + ".00"));
        unit.performance().add(project);
    }

    /** A file adds its units in one change (one step per consolidated sum): 部门汇总 must be as when added one by one. */
    @Test
    void unitsAddedInOneChangeConsolidateAsUnitsAddedOneByOne() {
        Department oneByOne = new Department("部门", 2021);
        Department atOnce = new Department("部门", 2021);
        fill(oneByOne.ownUnit(), 1);
        fill(atOnce.ownUnit(), 1);
        List<Unit> units = new ArrayList<>();
        for (int k = 2; k <= 20; k++) {
            oneByOne.units().add(subordinate(k));
            units.add(subordinate(k));
        }
        List<Object> totals = new ArrayList<>();
        atOnce.consolidated().functional().total().total().addListener((obs, before, after) -> totals.add(after));

        atOnce.units().addAll(units);

        assertThat(Snapshots.differences(Snapshots.of(oneByOne), Snapshots.of(atOnce))).isEmpty();
        assertThat(totals).as("once per consolidated line and figure (3 lines × 3), not per unit (19 × 4 before)")
                .hasSizeLessThanOrEqualTo(9)
                .last().isEqualTo(atOnce.consolidated().functional().total().total().get());
        assertThat(atOnce.consolidated().functional().find("2130101", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow().purpose().get()).isEqualTo("用途2");
        atOnce.units().get(5).functional().lines().get(0).project().set(yuan("1000.00"));
        oneByOne.units().get(5).functional().lines().get(0).project().set(yuan("1000.00"));
        assertThat(Snapshots.differences(Snapshots.of(oneByOne), Snapshots.of(atOnce))).isEmpty();
    }

    /** A filled subordinate unit with a line of its own that only subordinates have. */
    private static Unit subordinate(int k) {
        Unit unit = new Unit("单位" + k);
        fill(unit, k);
        FunctionalLine line = functional("2130101", k + ".00", "0.00", "0.00", "0.00");
        line.purpose().set("用途" + k);
        unit.functional().add(line);
        return unit;
    }

    @Test
    void everyConsolidatedFigureIsTheSumOfTheUnits() {
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();
    }

    @Test
    void consolidatedIncomeSumsEverySource() {
        assertThat(consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("111.00"));
        assertThat(consolidated.income().source(FundingSource.NON_FISCAL_CARRY_OVER).prior().get())
                .isEqualTo(yuan("3108.00"));
        assertThat(consolidated.income().fiscalAppropriation().current().get()).isEqualTo(yuan("666.00"));
        assertThat(consolidated.income().total().current().get()).isEqualTo(yuan("11655.00"));
    }

    @Test
    void functionalLinesMergeByCodeAndSourceWithTheirGroups() {
        FunctionalSpending spending = consolidated.functional();

        assertThat(spending.lines()).extracting(FunctionalLine::key).containsExactlyInAnyOrder(
                new FunctionalLine.LineKey("2080101", FundingSource.GENERAL_PUBLIC_BUDGET),
                new FunctionalLine.LineKey("2080109", FundingSource.GENERAL_PUBLIC_BUDGET),
                new FunctionalLine.LineKey("2101101", FundingSource.GENERAL_PUBLIC_BUDGET),
                new FunctionalLine.LineKey("2080101", FundingSource.INSTITUTIONAL_REVENUE));
        FunctionalLine merged = spending.find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        assertThat(merged.personnel().get()).isEqualTo(yuan("111.00"));
        assertThat(merged.publicCosts().get()).isEqualTo(yuan("222.00"));
        assertThat(merged.prior().get()).isEqualTo(yuan("333.00"));
        assertThat(spending.sections().get("20801").total().get()).isEqualTo(yuan("784.00"));
        assertThat(spending.classes()).containsOnlyKeys("208", "210");
        assertThat(spending.total().total().get()).isEqualTo(yuan("789.00"));
        assertThat(spending.bySource(FundingSource.INSTITUTIONAL_REVENUE).total().get()).isEqualTo(yuan("7.00"));
    }

    @Test
    void economicLinesMergeByCode() {
        EconomicSpending spending = consolidated.economic();

        assertThat(spending.lines()).extracting(EconomicLine::itemCode)
                .containsExactlyInAnyOrder("30101", "30201", "31002");
        assertThat(spending.find("30201").orElseThrow().current().get()).isEqualTo(yuan("333.00"));
        assertThat(spending.personnel().current().get()).isEqualTo(yuan("111.00"));
        assertThat(spending.publicCosts().current().get()).isEqualTo(yuan("342.00"));
        assertThat(spending.total().prior().get()).isEqualTo(yuan("666.00"));
    }

    @Test
    void consolidatedThreePublicOperatingCostsAndProcurementSumTheUnits() {
        assertThat(consolidated.threePublic().reception().prior().get()).isEqualTo(yuan("333.00"));
        assertThat(consolidated.threePublic().vehicles().current().get()).isEqualTo(yuan("999.00"));
        assertThat(consolidated.threePublic().total().current().get()).isEqualTo(yuan("1332.00"));
        assertThat(consolidated.operatingCosts().current().get()).isEqualTo(yuan("777.00"));
        assertThat(consolidated.procurement().total().get()).isEqualTo(yuan("666.00"));
    }

    @Test
    void consolidatedAssetCountsSumTheUnits() {
        assertThat(consolidated.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).get()).isEqualTo(222);
        assertThat(consolidated.assets().vehicleTotal().get()).isEqualTo(333);
        assertThat(consolidated.assets().largeEquipment().get()).isEqualTo(333);
        assertThat(consolidated.assets().plannedLargeEquipment().get()).isEqualTo(555);

        third.assets().plannedVehicles().set(0);
        assertThat(consolidated.assets().plannedVehicles().get()).isEqualTo(44);
    }

    @Test
    void consolidatedProjectsAreTheUnitsProjectsInOrder() {
        assertThat(consolidated.performance().projects()).extracting(project -> project.name().get())
                .containsExactly("项目1", "项目10", "项目100");
        assertThat(consolidated.performance().total().get()).isEqualTo(yuan("444.00"));

        PerformanceProject extra = new PerformanceProject();
        extra.amount().set(yuan("1.00"));
        second.performance().add(extra);
        assertThat(consolidated.performance().projects()).hasSize(4).element(2).isSameAs(extra);
        assertThat(consolidated.performance().total().get()).isEqualTo(yuan("445.00"));

        extra.amount().set(yuan("6.00"));
        assertThat(consolidated.performance().total().get()).isEqualTo(yuan("450.00"));

        second.performance().remove(extra);
        assertThat(consolidated.performance().projects()).hasSize(3).doesNotContain(extra);
        assertThat(consolidated.performance().total().get()).isEqualTo(yuan("444.00"));
    }

    @Test
    void anEditInAUnitReachesTheConsolidatedTotals() {
        second.functional().find("2080109", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .project().set(yuan("1000.00"));
        second.income().source(FundingSource.GOVERNMENT_FUND).current().set(yuan("0.00"));
        third.economic().find("30101").orElseThrow().current().set(yuan("0.00"));

        assertThat(consolidated.functional().total().project().get()).isEqualTo(yuan("1411.00"));
        assertThat(consolidated.income().fiscalAppropriation().current().get()).isEqualTo(yuan("646.00"));
        assertThat(consolidated.economic().personnel().current().get()).isEqualTo(yuan("11.00"));
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();
    }

    @Test
    void addingAndRemovingLinesInAUnitUpdatesTheConsolidatedLines() {
        FunctionalLine newCode = functional("2210201", "50.00", "0.00", "0.00", "0.00");
        third.functional().add(newCode);
        assertThat(consolidated.functional().find("2210201", FundingSource.GENERAL_PUBLIC_BUDGET)).isPresent();
        assertThat(consolidated.functional().classes()).containsKey("221");

        third.functional().remove(newCode);
        assertThat(consolidated.functional().find("2210201", FundingSource.GENERAL_PUBLIC_BUDGET)).isEmpty();
        assertThat(consolidated.functional().classes()).doesNotContainKey("221");

        FunctionalLine shared = second.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        second.functional().remove(shared);
        assertThat(consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .personnel().get()).isEqualTo(yuan("101.00"));
        shared.personnel().set(yuan("5000.00"));
        assertThat(consolidated.functional().total().personnel().get()).isEqualTo(yuan("106.00"));

        second.economic().remove(second.economic().find("31002").orElseThrow());
        assertThat(consolidated.economic().find("31002")).isEmpty();
        assertThat(consolidated.economic().classes()).doesNotContainKey("310");
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();
    }

    @Test
    void removingAUnitTakesItsFiguresOutOfTheConsolidation() {
        department.units().remove(third);

        assertThat(consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("11.00"));
        assertThat(consolidated.functional().find("2080101", FundingSource.INSTITUTIONAL_REVENUE)).isEmpty();
        assertThat(consolidated.assets().largeEquipment().get()).isEqualTo(33);
        assertThat(consolidated.performance().projects()).hasSize(2);
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();

        third.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(yuan("9999.00"));
        third.functional().add(functional("2290101", "1.00", "0.00", "0.00", "0.00"));
        third.assets().largeEquipment().set(999);
        assertThat(consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("11.00"));
        assertThat(consolidated.functional().classes()).doesNotContainKey("229");
        assertThat(consolidated.assets().largeEquipment().get()).isEqualTo(33);
    }

    @Test
    void addingAUnitBringsItsFiguresIn() {
        Unit fourth = new Unit("第四单位");
        fill(fourth, 1000);
        fourth.functional().add(functional("2290101", "1.00", "0.00", "0.00", "0.00"));

        department.units().add(fourth);

        assertThat(department.subordinateCount()).isEqualTo(3);
        assertThat(consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("1111.00"));
        assertThat(consolidated.functional().classes()).containsKey("229");
        assertThat(consolidated.assets().vehicleTotal().get()).isEqualTo(3333);
        assertThat(consolidated.performance().projects()).hasSize(4);
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();

        fourth.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(yuan("0.00"));
        assertThat(consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("111.00"));
    }

    @Test
    void aUnitInsertedBeforeOthersTakesItsPlaceInCountsProjectsAndLineTexts() {
        Unit inserted = new Unit("插入单位");
        fill(inserted, 1000);
        inserted.functional().lines().get(0).purpose().set("插入单位的用途");
        second.functional().lines().get(0).purpose().set("第二单位的用途");

        department.units().add(1, inserted);
        PerformanceProject late = new PerformanceProject();
        late.name().set("后加项目");
        inserted.performance().add(late);
        second.assets().largeEquipment().set(0);

        assertThat(consolidated.performance().projects()).extracting(project -> project.name().get())
                .containsExactly("项目1", "项目1000", "后加项目", "项目10", "项目100");
        assertThat(consolidated.assets().largeEquipment().get()).isEqualTo(3 * (1 + 1000 + 100));
        assertThat(consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .purpose().get()).isEqualTo(own.functional().lines().get(0).purpose().get());
        department.units().remove(own);
        assertThat(consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .purpose().get()).isEqualTo("插入单位的用途");
        assertThat(consolidated.performance().projects()).extracting(project -> project.name().get())
                .containsExactly("项目1000", "后加项目", "项目10", "项目100");
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();
    }

    @Test
    void consolidatedTextsFollowTheFirstUnit() {
        assertThat(consolidated.name().get()).isEqualTo("某市社会保险事业管理局");
        assertThat(consolidated.threePublic().reason().get()).isEqualTo("压减公务接待");
        assertThat(consolidated.texts().functions()).containsExactly("职能一", "职能二");

        own.threePublic().reason().set("新原因");
        own.texts().keyTasks().add("重点任务");
        own.operatingCosts().reason().set("运行经费原因");
        department.name().set("新名称");

        assertThat(consolidated.threePublic().reason().get()).isEqualTo("新原因");
        assertThat(consolidated.texts().keyTasks()).containsExactly("重点任务");
        assertThat(consolidated.operatingCosts().reason().get()).isEqualTo("运行经费原因");
        assertThat(consolidated.name().get()).isEqualTo("新名称");
        assertThat(UnitLeaves.texts(consolidated)).isEqualTo(UnitLeaves.texts(own));
    }

    /** The unit's 2080101 line of a funding source. */
    private static FunctionalLine line(Unit unit, FundingSource source) {
        return unit.functional().find("2080101", source).orElseThrow();
    }

    @Test
    void aConsolidatedLineTakesThePurposeOfTheFirstUnitWithThatLine() {
        line(own, FundingSource.GENERAL_PUBLIC_BUDGET).purpose().set("本级用途");
        line(third, FundingSource.GENERAL_PUBLIC_BUDGET).purpose().set("三级用途");
        line(third, FundingSource.INSTITUTIONAL_REVENUE).purpose().set("事业");

        assertThat(consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .purpose().get()).isEqualTo("本级用途");
        assertThat(consolidated.functional().find("2080101", FundingSource.INSTITUTIONAL_REVENUE).orElseThrow()
                .purpose().get()).isEqualTo("事业");
    }

    @Test
    void aConsolidatedLineKeepsTheFirstUnitsPurposeAfterItsLineIsRemovedAndRestored() {
        FunctionalLine ownLine = own.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        ownLine.purpose().set("本级用途");
        line(second, FundingSource.GENERAL_PUBLIC_BUDGET).purpose().set("二级用途");

        int index = own.functional().remove(ownLine);
        FunctionalLine merged = consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow();
        assertThat(merged.purpose().get()).isEqualTo("二级用途");
        own.functional().add(index, ownLine);

        assertThat(merged.purpose().get()).isEqualTo("本级用途");
        ownLine.purpose().set("改后用途");
        assertThat(merged.purpose().get()).isEqualTo("改后用途");
    }

    @Test
    void aConsolidatedLineTakesThePurposeOfAReinsertedEarlierUnit() {
        second.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().purpose().set("二级");
        third.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().purpose().set("三级");
        own.functional().remove(own.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow());
        FunctionalLine merged = consolidated.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET)
                .orElseThrow();

        department.units().remove(second);
        assertThat(merged.purpose().get()).isEqualTo("三级");
        department.units().add(1, second);

        assertThat(merged.purpose().get()).isEqualTo("二级");
    }

    @Test
    void consolidatedLinesAreListedByCodeWhateverTheOrderOfEdits() {
        third.functional().add(functional("2010101", "1.00", "0.00", "0.00", "0.00"));
        own.functional().add(0, functional("2290101", "1.00", "0.00", "0.00", "0.00"));
        department.units().remove(third);
        department.units().add(1, third);
        second.economic().add(0, economic("39999", "1.00", "0.00"));
        third.economic().add(economic("30102", "1.00", "0.00"));

        assertThat(consolidated.functional().lines()).extracting(line -> line.itemCode() + " " + line.source())
                .containsExactly(
                        "2010101 GENERAL_PUBLIC_BUDGET",
                        "2080101 GENERAL_PUBLIC_BUDGET",
                        "2080101 INSTITUTIONAL_REVENUE",
                        "2080109 GENERAL_PUBLIC_BUDGET",
                        "2101101 GENERAL_PUBLIC_BUDGET",
                        "2290101 GENERAL_PUBLIC_BUDGET");
        assertThat(consolidated.economic().lines()).extracting(EconomicLine::itemCode)
                .containsExactly("30101", "30102", "30201", "31002", "39999");
    }

    @Test
    void aConsolidatedAmountCannotBeSet() {
        List<Runnable> writes = List.of(
                () -> consolidated.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(yuan("1.00")),
                () -> consolidated.threePublic().reception().prior().set(yuan("1.00")),
                () -> consolidated.procurement().goods().set(yuan("1.00")),
                () -> consolidated.assets().largeEquipment().set(1),
                () -> consolidated.threePublic().reason().set("改"),
                () -> consolidated.functional().lines().get(0).personnel().set(yuan("1.00")),
                () -> consolidated.economic().lines().get(0).current().set(yuan("1.00")));

        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(RuntimeException.class).hasMessageContaining("bound");
        }
        assertThat(RecomputedTotals.mismatches(department)).isEmpty();
    }

    @Test
    void theOwnUnitIsFirstAndNamedAfterTheDepartment() {
        Department fresh = new Department("某局", 2021);

        assertThat(fresh.units()).hasSize(1);
        assertThat(fresh.ownUnit().name().get()).isEqualTo("某局");
        assertThat(fresh.subordinateCount()).isZero();
        assertThat(fresh.budgetYear().get()).isEqualTo(2021);
        assertThat(RecomputedTotals.mismatches(fresh)).isEmpty();
    }
}
