package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.ThreePublicExpenses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reviewer would strike from a published explanation, and the wording the regions publish instead. */
class PublishedWordingTest {
    private static final Pattern GLOSSARY_ITEM = Pattern.compile("（款）(.+?)（项）：(.+)");

    private static String text(String region, Department department) {
        return new NarrativeGenerator(NarrativeTemplate.forRegion(region).orElseThrow()).generate(department).text();
    }

    @Test
    void aClassWithSpendingIsNeverSaidToBeZeroPercent() {
        Department department = Budgets.empty(2021);
        Budgets.line(department.ownUnit(), "2080101", "1000", "运行");
        Budgets.line(department.ownUnit(), "2101101", "0.5", "医疗");
        String text = Budgets.text(department);
        assertThat(text).contains("卫生健康支出0.5万元，占比不足1%；", "社会保障和就业支出1000万元，占100%；",
                "一般公共服务支出0万元，占0%；");
        assertThat(text).doesNotContain("卫生健康支出0.5万元，占0%");

        Department tiny = Budgets.empty(2021);
        Budgets.line(tiny.ownUnit(), "2080101", "1000", "运行");
        Budgets.line(tiny.ownUnit(), "2101101", "0.0001", "医疗");
        assertThat(text("test-yuan", tiny)).contains("卫生健康支出1元，占比不足0.01%；", "社会保障和就业支出10000000元，占100%；");
    }

    /**
     * The template's own definitions, and the one written for a 项 without an official definition, never repeat the
     * term they define; the official definitions of 项 (item-definitions.properties) are quoted as published.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sichuan-2021", "sichuan-2024", "central"})
    void noGlossaryDefinitionRepeatsItsTerm(String region) throws Exception {
        Department custom = SampleProject.load();
        custom.customFunctionalCodes().put("2089901", "其他社会保障和就业支出");
        custom.customFunctionalCodes().put("20899", "其他社会保障和就业支出");
        Budgets.line(custom.ownUnit(), "2089901", "5", "补助");
        for (Department department : List.of(SampleProject.load(SampleProject.COUNTY_EDUCATION), custom)) {
            String text = text(region, department);
            String glossary = text.substring(text.lastIndexOf("名词解释"));
            for (String line : glossary.lines().map(String::strip).filter(line -> line.contains("：")).toList()) {
                Matcher item = GLOSSARY_ITEM.matcher(line);
                if (item.find()) {
                    if (item.group(1).equals("其他社会保障和就业支出")) {
                        assertThat(item.group(2)).as("%s: %s", region, line).doesNotContain(item.group(1));
                    }
                    continue;
                }
                String term = line.substring(line.indexOf('.') + 1, line.indexOf('：'));
                assertThat(line.substring(line.indexOf('：') + 1)).as("%s: %s", region, line).doesNotContain(term);
            }
        }
    }

    @Test
    void theLevelOfFinanceIsTheDepartmentsOrTheRegions() throws Exception {
        assertThat(text("sichuan-2021", SampleProject.load())).contains("一般公共预算拨款收入：指市级财政当年拨付的资金。");
        assertThat(text("sichuan-2024", SampleProject.load(SampleProject.COUNTY_EDUCATION)))
                .contains("一般公共预算拨款收入：指县级财政当年拨付的资金。");
        assertThat(text("central", SampleProject.load())).contains("一般公共预算拨款收入：指中央本级财政当年拨付的资金。");
        assertThat(FiscalLevel.of("auto", "四川省财政厅", "")).isEqualTo("省级");
        assertThat(FiscalLevel.of("auto", "乐山市市中区教育局", "乐山市人民政府")).isEqualTo("县级");
        assertThat(FiscalLevel.of("auto", "某社区服务中心", "某市民政局")).isEqualTo("市级");
        assertThat(FiscalLevel.of("auto", "测试中心", "")).isEqualTo("本级");
    }

    @Test
    void vehiclePurchaseAndOperationAreComparedEach() {
        Department department = Budgets.empty(2021);
        ThreePublicExpenses expenses = department.ownUnit().threePublic();
        Budgets.set(expenses.vehiclePurchase(), "10", "0", "");
        Budgets.set(expenses.vehicleOperation(), "5", "6", "");
        expenses.vehicleOperation().reason().set("压减车辆");
        expenses.vehiclePurchase().reason().set("更新一辆执法车");
        assertThat(Budgets.text(department)).contains("公务用车购置费10万元，上年预算数为0，无可比性；"
                + "公务用车运行维护费5万元，较上年预算数6万元减少1万元，下降17%。");
    }

    @Test
    void threePublicRatesHaveTheRegionsDecimals() throws Exception {
        assertThat(text("sichuan-2021", SampleProject.load())).contains("较上年预算数3.88万元减少0.88万元，下降23%。");
        assertThat(text("central", SampleProject.load())).contains("较上年预算数3.88万元减少0.88万元，下降22.68%。");
    }

    @Test
    void aRegionPublishingInYuanStatesEveryAmountInYuan() throws Exception {
        String text = text("test-yuan", SampleProject.load());
        assertThat(text).contains("收入预算总额为7630560元，较上年预算数7323880元增加306680元。",
                "“三公”经费预算数30000元，较上年预算数38800元减少8800元，下降22.68%。");
        // what the generator words: not the user's own reasons, which may quote 万元
        assertThat(text.lines().filter(line -> !line.contains("主要是因为")).map(line -> line.replace("单位价值200万元以上", "")))
                .noneMatch(line -> line.contains("万元"));
    }
}
