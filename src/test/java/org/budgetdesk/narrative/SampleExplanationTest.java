package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample project's explanation against the published 2021 document (domain/000_bd2267095a380eb6.txt). The
 * quoted strings are copied from the published text; where it has a slip the generator does not repeat (a half-width
 * colon, the wrong year, 54.39 for a 类 whose only 项 is 54.38), the test says so.
 */
class SampleExplanationTest {
    private static String text;

    @BeforeAll
    static void generate() throws Exception {
        text = NarrativeGenerator.sichuan().generate(SampleProject.load()).text();
    }

    @Test
    void incomeIsStatedAgainstThePriorWithItsIncrease() {
        assertThat(text).contains("2021年乐山市社会保险事务中心收入预算总额为763.06万元，较上年预算数732.39万元增加30.67万元。"
                + "其中：当年财政拨款收入763.06万元，事业收入0万元，事业单位经营收入0万元，其他收入0万元，上年结转收入0万元。");
    }

    @Test
    void expenditureIsSplitIntoBasicAndProjectWithPersonnelAndPublicCosts() {
        assertThat(text).contains("相应安排支出预算763.06万元，其中：基本支出预算658.17万元（人员经费461.37万元，"
                + "公用经费196.8万元），项目支出预算104.89万元。");
        assertThat(text).contains("乐山市社会保险事务中心2021年一般公共预算基本支出658.17万元，其中：");
    }

    @Test
    void generalBudgetScaleGivesTheChangeAndItsReason() {
        assertThat(text).contains("乐山市社会保险事务中心2021年一般公共预算当年拨款763.06万元，较上年预算数732.39万元增加30.67万元。"
                + "主要是因为以往年度由主管局承担了全部水电气费，从2021年开始由各下属单位自行承担分摊部份，本单位全年水电气费预计约30万元。");
    }

    @Test
    void everyItemIsStatedWithItsAmountAndPurpose() {
        // published with a half-width colon after （项） in items 1, 3, 4 and 6; the generator always writes “：”
        assertThat(text).contains(
                "1.社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）：2021年预算数为388.15万元，主要用于：",
                "2.社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）：2021年预算数为229.85万元，",
                "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：2021年预算数为47.46万元，"
                        + "主要用于：机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。",
                "4.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：2021年预算数为23.73万元，",
                "5.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：2021年预算数为1.4万元，"
                        + "主要用于：退休人员公用经费支出。",
                "6.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：2021年预算数为18.09万元，"
                        + "主要用于：机关及参公管理的事业单位基本医疗保险缴费支出。");
        // published as “2020年预算数为54.38万元”: the wrong year
        assertThat(text).contains("7.住房保障支出（类）住房改革支出（款）住房公积金（项）：2021年预算数为54.38万元，");
        assertThat(text).doesNotContain("2020年预算数");
    }

    @Test
    void theClassStructureListsEveryClassWithSharesAddingUpTo100() {
        String structure = paragraphContaining("一般公共服务支出0万元，占0%；");
        assertThat(structure).contains("社会保障和就业支出690.58万元，占91%；卫生健康支出18.09万元，占2%；",
                "住房保障支出54.38万元，占7%；", "灾害防治及应急管理支出0万元，占0%；", "债务发行费用支出0万元，占0%。",
                "各类支出占比取整数，尾数已作调整，合计为100%。");
        Matcher shares = Pattern.compile("占(\\d+)%").matcher(structure);
        int sum = 0;
        int count = 0;
        while (shares.find()) {
            sum += Integer.parseInt(shares.group(1));
            count++;
        }
        assertThat(sum).isEqualTo(100);
        assertThat(count).isEqualTo(27);
    }

    @Test
    void roundingResiduesAreWordedNotHidden() {
        assertThat(text).contains("注：以上各类支出金额四舍五入后合计763.05万元，与一般公共预算当年拨款支出763.06万元相差0.01万元，"
                + "为因四舍五入产生的差异。");
        assertThat(text).contains("注：社会保障和就业支出各项金额四舍五入后合计690.59万元，与该类690.58万元相差0.01万元，"
                + "为因四舍五入产生的差异。");
    }

    @Test
    void basicExpenditureNamesTheEconomicItemsOfEachPart() {
        assertThat(text).contains("人员经费461.37万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费、绩效工资、机关事业单位基本养老保险缴费、"
                + "职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、离休费、抚恤金、生活补助、"
                + "其他对个人和家庭的补助");
        assertThat(text).contains("公用经费196.8万元，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、会议费、"
                + "公务接待费、工会经费、福利费、其他交通费");
    }

    @Test
    void threePublicExpensesStateTotalPartsRatesAndReasons() {
        assertThat(text).contains("乐山市社会保险事务中心2021年“三公”经费预算数3万元，较上年预算数3.88万元减少0.88万元，下降23%。"
                + "其中：因公出国（境）经费0万元，公务接待费3万元，公务用车购置及运行维护费0万元。");
        assertThat(text).contains("1.因公出国（境）经费预算0万元，较上年预算无变化。",
                "较上年预算数3.88万元减少0.88万元，下降23%。主要原因是厉行节约，压缩接待规模和接待费用。",
                "2021年公务接待费计划用于接待部、省相关人员调研考察及地市州相关人员学习交流等。",
                "3.公务用车购置费0万元，较上年预算无变化；公务用车运行维护费0万元，较上年预算无变化。");
        assertThat(text.split("厉行节约", -1)).hasSize(2);
    }

    @Test
    void otherMattersStateOperatingCostsProcurementAssetsAndTargets() {
        assertThat(text).contains("公务用车运行维护费以及其他费用等机关运行经费预算为181.3万元，较上年预算",
                "67.21万元增加114.09万元，增长169.75%。主要原因：财政预算的人均公用经费标准增加。",
                "2021年，乐山市社会保险事务中心未安排政府采购预算。",
                "共有车辆1辆", "单位价值200万元以上大型设备0台（套）。",
                "2021年部门预算未安排购置车辆及单位价值200万元以上大型设备。",
                "2021年，乐山市社会保险事务中心按要求实行绩效目标管理，编制了项目绩效目标的预算104.89万元，"
                        + "主要为编外人员项目经费94.89万元、委托送达信息项目经费10万元。");
        assertThat(text).contains("2021年，乐山市社会保险事务中心没有政府性基金预算支出");
    }

    @Test
    void overviewAndGlossaryFollowThePublishedText() {
        assertThat(text).contains("乐山市社会保险事务中心隶属乐山市人力资源和社会保障局管理，下属二级预算单位0个。",
                "按照综合预算的原则，乐山市社会保险事务中心所有收入和支出均纳入部门预算管理。",
                "社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）：反映社会保险经办机构开展业务工作的支出。",
                "住房保障支出（类）住房改革支出（款）住房公积金（项）：反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和"
                        + "津贴补贴以及规定比例为职工缴纳的住房公积金。");
    }

    @Test
    void theSampleNeedsNoPlaceholder() throws Exception {
        assertThat(NarrativeGenerator.sichuan().generate(SampleProject.load()).placeholders()).isEmpty();
        assertThat(text).doesNotContain("【", "{", "}");
    }

    @Test
    void headingsAreNumberedConsistently() throws Exception {
        List<String> headings = NarrativeGenerator.sichuan().generate(SampleProject.load()).blocks().stream()
                .filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filter(heading -> heading.level() == 1).map(Block.Heading::number).toList();
        assertThat(headings).containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、");
        assertThat(text).contains("（一）一般公共预算当年拨款规模及变化情况", "（三）一般公共预算当年拨款具体使用情况",
                "（一）机关运行经费", "（四）绩效目标设置情况", "十、名词解释");
    }

    private static String paragraphContaining(String part) {
        for (String line : text.split("\n")) {
            if (line.contains(part)) {
                return line;
            }
        }
        throw new AssertionError("no paragraph contains " + part);
    }
}
