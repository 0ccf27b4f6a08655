package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.budgetdesk.model.YearOnYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample project reproduces the published 2021 explanation of 乐山市社会保险事务中心 (REFERENCE §9). */
class SampleProjectTest {
    private static Department department;
    private static Unit unit;

    @BeforeAll
    static void load() throws ProjectFileException {
        department = SampleProject.load();
        unit = department.consolidated();
    }

    private static String wan(BigDecimal yuan) {
        return Numbers.trimmed(yuan, DisplayUnit.WAN_YUAN);
    }

    @Test
    void assetFileIsTheOnePackedIntoTheJar() throws Exception {
        Path asset = Path.of("assets/samples", SampleProject.FILE_NAME);
        assertThat(Files.readAllBytes(asset)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void savingTheSampleGivesTheSameBytes() {
        assertThat(new ProjectFiles().toBytes(department)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void departmentIsTheLeshanSocialInsuranceCenterIn2021WithoutSubordinateUnits() {
        assertThat(department.name().get()).isEqualTo("乐山市社会保险事务中心");
        assertThat(department.parentDepartment().get()).isEqualTo("乐山市人力资源和社会保障局");
        assertThat(department.budgetYear().get()).isEqualTo(2021);
        assertThat(department.subordinateCount()).isZero();
        assertThat(department.note().get()).contains("估算");
    }

    @Test
    void incomeIs763Point06Against732Point39() {
        YearOnYear income = unit.income().total().yearOnYear().get();
        assertThat(wan(income.current())).isEqualTo("763.06");
        assertThat(wan(income.prior())).isEqualTo("732.39");
        assertThat(wan(income.change())).isEqualTo("30.67");
        YearOnYear general = unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).yearOnYear().get();
        assertThat(general.current()).isEqualTo(income.current());
        assertThat(unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason().get()).contains("水电气费");
    }

    @Test
    void expenditureSplitsIntoBasicAndProjectAsPublished() {
        FunctionalGroup total = unit.functional().total();
        assertThat(wan(total.total().get())).isEqualTo("763.06");
        assertThat(wan(total.basic().get())).isEqualTo("658.17");
        assertThat(wan(total.personnel().get())).isEqualTo("461.37");
        assertThat(wan(total.publicCosts().get())).isEqualTo("196.8");
        assertThat(wan(total.project().get())).isEqualTo("104.89");
        assertThat(total.total().get()).isEqualTo(unit.income().total().current().getValue());
    }

    @Test
    void everyItemHasItsPublishedAmount() {
        String[][] items = {{"2080101", "388.15"}, {"2080109", "229.85"}, {"2080505", "47.46"},
            {"2080506", "23.73"}, {"2080599", "1.4"}, {"2101101", "18.09"}, {"2210201", "54.38"}};
        assertThat(unit.functional().lines()).hasSize(items.length);
        for (String[] item : items) {
            assertThat(unit.functional().find(item[0], FundingSource.GENERAL_PUBLIC_BUDGET))
                    .get().satisfies(line -> assertThat(wan(line.total().get())).as(item[0]).isEqualTo(item[1]));
        }
        assertThat(wan(unit.functional().classes().get("208").total().get())).isEqualTo("690.58");
        assertThat(wan(unit.functional().classes().get("210").total().get())).isEqualTo("18.09");
    }

    @Test
    void economicClassificationMatchesTheFunctionalBasicExpenditure() {
        assertThat(unit.economic().personnel().current().getValue())
                .isEqualTo(unit.functional().total().personnel().get());
        assertThat(unit.economic().publicCosts().current().getValue())
                .isEqualTo(unit.functional().total().publicCosts().get());
    }

    @Test
    void threePublicExpensesFallFrom3Point88To3() {
        YearOnYear total = unit.threePublic().total().yearOnYear().get();
        assertThat(wan(total.current())).isEqualTo("3");
        assertThat(wan(total.prior())).isEqualTo("3.88");
        assertThat(wan(total.change())).isEqualTo("-0.88");
        assertThat(total.rate().percent(2)).contains(new BigDecimal("-22.68"));
        assertThat(total.rate().percent(0)).contains(new BigDecimal("-23"));
        assertThat(unit.threePublic().reception().current().get()).isEqualTo(total.current());
        assertThat(unit.threePublic().vehicles().current().get().signum()).isZero();
    }

    @Test
    void operatingCostsRiseBy169Point75Percent() {
        YearOnYear costs = unit.operatingCosts().yearOnYear().get();
        assertThat(wan(costs.current())).isEqualTo("181.3");
        assertThat(wan(costs.prior())).isEqualTo("67.21");
        assertThat(wan(costs.change())).isEqualTo("114.09");
        assertThat(costs.rate().percent(2)).contains(new BigDecimal("169.75"));
    }

    @Test
    void otherMattersAsPublished() {
        assertThat(unit.procurement().isNone()).isTrue();
        assertThat(unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).get()).isEqualTo(1);
        assertThat(unit.assets().largeEquipment().get()).isZero();
        assertThat(unit.performance().projects()).extracting(project -> project.name().get())
                .containsExactly("编外人员项目经费", "委托送达信息项目经费");
        assertThat(unit.performance().total().get()).isEqualTo(unit.functional().total().project().get());
        assertThat(unit.texts().functions()).hasSize(8);
        assertThat(unit.texts().keyTasks()).hasSize(5);
    }
}
