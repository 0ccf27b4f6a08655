package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.model.TestLines.economic;
import static org.budgetdesk.model.TestLines.functional;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;

class NewYearTest {
    private static final BigDecimal ZERO = Amounts.ZERO;

    @Test
    void departmentFieldsAreKeptExceptTheNoteAndTheYearAdvances() {
        Department last = twoUnits();

        Department next = NewYear.from(last);

        assertThat(next.name().get()).isEqualTo("某区人力资源和社会保障局");
        assertThat(next.parentDepartment().get()).isEqualTo("某区人民政府");
        assertThat(next.kind().get()).isEqualTo(DepartmentKind.PUBLIC_INSTITUTION);
        assertThat(next.comparisonBasis().get()).isEqualTo(ComparisonBasis.PRIOR_EXECUTION);
        assertThat(next.customFunctionalCodes()).containsExactlyEntriesOf(last.customFunctionalCodes());
        assertThat(next.customEconomicCodes()).containsEntry("39999", "自定义经济科目");
        assertThat(next.note().get()).isEmpty();
        assertThat(next.budgetYear().get()).isEqualTo(2022);
        assertThat(next.units()).extracting(unit -> unit.name().get()).containsExactly("本级单位名", "下属单位");
    }

    @Test
    void functionalLinePriorIsLastYearsTotalAndCurrentFiguresAreZero() {
        Department next = NewYear.from(twoUnits());

        List<FunctionalLine> lines = next.ownUnit().functional().lines();
        assertThat(lines).extracting(FunctionalLine::key).containsExactly(
                new FunctionalLine.LineKey("2080101", FundingSource.GENERAL_PUBLIC_BUDGET),
                new FunctionalLine.LineKey("2080101", FundingSource.INSTITUTIONAL_REVENUE),
                new FunctionalLine.LineKey("2089901", FundingSource.GENERAL_PUBLIC_BUDGET));
        assertThat(lines.get(0).prior().get()).isEqualTo(yuan("4300.00"));
        assertThat(lines.get(0).purpose().get()).isEqualTo("保障机关正常运转");
        assertThat(lines.get(2).prior().get()).isEqualTo(yuan("0.00"));
        for (FunctionalLine line : lines) {
            assertThat(List.of(line.personnel().get(), line.publicCosts().get(), line.project().get()))
                    .containsOnly(ZERO);
        }
        assertThat(next.consolidated().functional().total().prior().get())
                .isEqualTo(twoUnits().consolidated().functional().total().total().get());
    }

    @Test
    void economicIncomeThreePublicAndOperatingCostsRollCurrentIntoPrior() {
        Unit own = NewYear.from(twoUnits()).ownUnit();

        assertThat(own.economic().lines()).extracting(EconomicLine::itemCode).containsExactly("30101", "39999");
        assertThat(own.economic().lines().get(0).prior().get()).isEqualTo(yuan("3000.00"));
        assertThat(own.economic().lines().get(0).current().get()).isEqualTo(ZERO);
        ComparedAmount general = own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET);
        assertThat(general.prior().get()).isEqualTo(yuan("5000.00"));
        assertThat(general.current().get()).isEqualTo(ZERO);
        assertThat(general.reason().get()).isEmpty();
        assertThat(own.threePublic().reception().prior().get()).isEqualTo(yuan("300.00"));
        assertThat(own.threePublic().reception().current().get()).isEqualTo(ZERO);
        assertThat(own.threePublic().reception().reason().get()).isEmpty();
        assertThat(own.threePublic().vehicleOperation().prior().get()).isEqualTo(yuan("120.00"));
        assertThat(own.threePublic().reason().get()).isEmpty();
        assertThat(own.threePublic().receptionPlan().get()).isEqualTo("接待上级检查");
        assertThat(own.operatingCosts().prior().get()).isEqualTo(yuan("900.00"));
        assertThat(own.operatingCosts().current().get()).isEqualTo(ZERO);
        assertThat(own.operatingCosts().reason().get()).isEmpty();
    }

    @Test
    void procurementAndPlannedPurchasesAreZeroWhileAssetsHeldAreKept() {
        Unit own = NewYear.from(twoUnits()).ownUnit();

        assertThat(own.procurement().total().get()).isEqualTo(ZERO);
        assertThat(own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(2);
        assertThat(own.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).get()).isEqualTo(1);
        assertThat(own.assets().largeEquipment().get()).isEqualTo(3);
        assertThat(own.assets().plannedVehicles().get()).isZero();
        assertThat(own.assets().plannedLargeEquipment().get()).isZero();
    }

    @Test
    void performanceProjectsKeepNameCodeAndGoalsWithAmountZero() {
        Unit own = NewYear.from(twoUnits()).ownUnit();

        assertThat(own.performance().projects()).singleElement().satisfies(project -> {
            assertThat(project.name().get()).isEqualTo("信息系统运维");
            assertThat(project.functionalCode().get()).isEqualTo("2089901");
            assertThat(project.goals().get()).isEqualTo("系统全年可用率不低于99%");
            assertThat(project.amount().get()).isEqualTo(ZERO);
        });
        assertThat(own.performance().total().get()).isEqualTo(ZERO);
    }

    @Test
    void unitTextsAreKept() {
        Department next = NewYear.from(twoUnits());

        UnitTexts texts = next.ownUnit().texts();
        assertThat(texts.functions()).containsExactly("负责社会保险经办", "负责基金管理");
        assertThat(texts.keyTasks()).containsExactly("推进全民参保");
        assertThat(texts.appropriationPurpose().get()).isEqualTo("保障基本运转");
        Unit second = next.units().get(1);
        assertThat(second.income().source(FundingSource.INSTITUTIONAL_REVENUE).prior().get())
                .isEqualTo(yuan("200.00"));
        assertThat(second.functional().lines()).extracting(line -> line.prior().get())
                .containsExactly(yuan("700.00"));
    }

    @Test
    void lastYearsDepartmentIsNotChanged() {
        Department last = twoUnits();

        NewYear.from(last);

        assertThat(last.budgetYear().get()).isEqualTo(2021);
        assertThat(last.note().get()).isEqualTo("估算说明");
        assertThat(last.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(yuan("5000.00"));
    }

    @Test
    void sampleIncomeOf2021BecomesThePriorOf2022() throws Exception {
        Department sample = SampleProject.load();

        Department next = NewYear.from(sample);

        assertThat(next.budgetYear().get()).isEqualTo(2022);
        assertThat(next.consolidated().income().total().prior().get()).isEqualTo(yuan("7630560.00"));
        assertThat(next.consolidated().income().total().current().get()).isEqualTo(ZERO);
        assertThat(next.consolidated().functional().total().prior().get())
                .isEqualTo(sample.consolidated().functional().total().total().get());
        assertThat(next.consolidated().threePublic().total().prior().get())
                .isEqualTo(sample.consolidated().threePublic().total().current().get());
        assertThat(next.consolidated().functional().total().total().get()).isEqualTo(ZERO);
    }

    /** A department of 2021 with every kind of figure and text filled in, in two units. */
    static Department twoUnits() {
        Department department = new Department("某区人力资源和社会保障局", 2021);
        department.parentDepartment().set("某区人民政府");
        department.kind().set(DepartmentKind.PUBLIC_INSTITUTION);
        department.comparisonBasis().set(ComparisonBasis.PRIOR_EXECUTION);
        department.note().set("估算说明");
        department.customEconomicCodes().put("39999", "自定义经济科目");
        Unit own = department.ownUnit();
        own.name().set("本级单位名");
        set(own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "5000.00", "4000.00");
        own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason().set("人员增加");
        own.functional().add(functional("2080101", "3000.00", "800.00", "500.00", "4100.00"));
        own.functional().add(functional("2080101", FundingSource.INSTITUTIONAL_REVENUE, "0.00", "100.00", "0.00",
                "0.00"));
        own.functional().add(functional("2089901", "0.00", "0.00", "0.00", "10.00"));
        own.functional().lines().get(0).purpose().set("保障机关正常运转");
        own.economic().add(economic("30101", "3000.00", "2800.00"));
        own.economic().add(economic("39999", "900.00", "0.00"));
        set(own.threePublic().reception(), "300.00", "350.00");
        own.threePublic().reception().reason().set("压减接待");
        set(own.threePublic().vehicleOperation(), "120.00", "100.00");
        own.threePublic().reason().set("厉行节约");
        own.threePublic().receptionPlan().set("接待上级检查");
        set(own.operatingCosts(), "900.00", "850.00");
        own.operatingCosts().reason().set("办公费增加");
        own.procurement().goods().set(yuan("250.00"));
        own.procurement().services().set(yuan("40.00"));
        own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(2);
        own.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).set(1);
        own.assets().largeEquipment().set(3);
        own.assets().plannedVehicles().set(1);
        own.assets().plannedLargeEquipment().set(1);
        PerformanceProject project = new PerformanceProject();
        project.name().set("信息系统运维");
        project.functionalCode().set("2089901");
        project.amount().set(yuan("500.00"));
        project.goals().set("系统全年可用率不低于99%");
        own.performance().add(project);
        own.texts().functions().setAll("负责社会保险经办", "负责基金管理");
        own.texts().keyTasks().setAll("推进全民参保");
        own.texts().appropriationPurpose().set("保障基本运转");

        Unit second = new Unit("下属单位");
        set(second.income().source(FundingSource.INSTITUTIONAL_REVENUE), "200.00", "150.00");
        second.functional().add(functional("2080101", "600.00", "100.00", "0.00", "650.00"));
        department.units().add(second);
        return department;
    }
}
