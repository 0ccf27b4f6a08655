package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.junit.jupiter.api.Test;

class YearsAndTemplateTest {

    @Test
    void everyYearComesFromTheBudgetYear() throws Exception {
        Department department = SampleProject.load();
        department.budgetYear().set(2023);
        department.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason().set("人员增加。");
        String text = NarrativeGenerator.sichuan().generate(department).text();
        Matcher years = Pattern.compile("(\\d{4})年").matcher(text);
        int count = 0;
        while (years.find()) {
            assertThat(years.group(1)).as(years.group()).isIn("2023", "2022");
            count++;
        }
        assertThat(count).isGreaterThan(15);
        assertThat(text).contains("（二）2023年重点工作任务", "截至2022年底", "2023年预算数为388.15万元",
                "关于乐山市社会保险事务中心\n2023年部门预算编制的说明");
    }

    @Test
    void sectionsThatDoNotApplySaySo() {
        Department department = Budgets.empty(2021);
        department.kind().set(DepartmentKind.PUBLIC_INSTITUTION);
        String text = Budgets.text(department);
        assertThat(text).contains("2021年，测试局没有政府性基金预算支出。", "2021年，测试局未安排政府采购预算。",
                "测试局为事业单位，不涉及机关运行经费。", "2021年未安排一般公共预算当年拨款支出。", "2021年，测试局未编制项目绩效目标。");
    }

    @Test
    void sectionsThatApplyStateTheirFigures() {
        Department department = Budgets.empty(2021);
        Unit unit = department.ownUnit();
        Budgets.set(unit.income().source(FundingSource.GOVERNMENT_FUND), "20", "10", "专项债券项目");
        unit.procurement().goods().set(Budgets.wan("1.5"));
        unit.procurement().services().set(Budgets.wan("2"));
        unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(2);
        unit.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).set(1);
        unit.assets().plannedVehicles().set(1);
        String text = Budgets.text(department);
        assertThat(text).contains("2021年，测试局政府性基金预算支出20万元，较上年预算数10万元增加10万元，增长100%。专项债券项目。",
                "安排政府采购预算3.5万元，其中：货物类1.5万元，工程类0万元，服务类2万元。",
                "截至2020年底，测试局共有车辆3辆，其中：一般公务用车2辆，执法执勤用车1辆。",
                "2021年部门预算安排购置车辆1辆，单位价值200万元以上大型设备0台（套）。");
    }

    @Test
    void aDepartmentWithSubordinateUnitsNamesThem() {
        Department department = Budgets.empty(2021);
        department.units().add(new Unit("测试服务中心"));
        assertThat(Budgets.text(department)).contains("测试局隶属测试市人民政府管理，下属二级预算单位1个。",
                "纳入2021年部门预算编制范围的单位共2个，包括：测试局、测试服务中心。");
        assertThat(NarrativeGenerator.sichuan().generate(department, department.units().get(1)).text())
                .contains("测试服务中心隶属测试局管理，下属二级预算单位0个。");
    }

    @Test
    void anItemWithoutAWrittenDefinitionGetsTheFallback() {
        Department department = Budgets.empty(2021);
        department.customFunctionalCodes().put("2089901", "其他社会保障和就业支出");
        department.customFunctionalCodes().put("20899", "其他社会保障和就业支出");
        Budgets.line(department.ownUnit(), "2089901", "5", "补助");
        assertThat(Budgets.text(department)).contains(
                "社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）：反映部门在该科目安排的支出，"
                        + "具体用途见一般公共预算当年拨款具体使用情况。");
    }

    @Test
    void anotherRegionIsAFolderOfDataAndNoCode() {
        NarrativeTemplate test = NarrativeTemplate.forRegion("test-region").orElseThrow();
        NarrativeDocument document = new NarrativeGenerator(test).generate(Budgets.empty(2021));
        assertThat(document.text()).isEqualTo("""
                测试局2021年预算说明

                第一部分 概况

                　　测试局隶属测试市人民政府管理，下属二级预算单位0个。

                第二部分 三公

                　　测试局2021年“三公”经费0万元，较上年无变化。

                　　(1) 因公出国（境）经费0万元。
                　　(2) 公务接待费0万元。
                　　(3) 公务用车购置0万元，运行维护费0万元。
                """);
        assertThat(NarrativeTemplate.forRegion("nowhere")).isEmpty();
        assertThat(NarrativeTemplate.forRegionOrDefault("nowhere").region()).isEqualTo("sichuan-2021");
        assertThat(NarrativeTemplate.forRegion("sichuan").orElseThrow().region()).isEqualTo("sichuan-2021");
    }

    @Test
    void templateErrorsNameTheKeyAndTheField() {
        NarrativeTemplate broken = NarrativeTemplate.forRegion("broken-region").orElseThrow();
        assertThatThrownBy(() -> new NarrativeGenerator(broken).generate(Budgets.empty(2021)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("overview.text").hasMessageContaining("{nonsense}");
    }

    @Test
    void chineseNumeralsCountPastTen() {
        assertThat(ChineseNumerals.of(1)).isEqualTo("一");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(99)).isEqualTo("九十九");
    }
}
