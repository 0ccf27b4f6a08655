package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.check.CheckFixtures.clean;
import static org.budgetdesk.check.CheckFixtures.only;
import static org.budgetdesk.check.CheckFixtures.run;
import static org.budgetdesk.check.CheckFixtures.yuan;

import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** N7–N9: the narrative rules that apply to the texts and reasons entered with the figures. */
class TextRulesTest {
    private final Department department = clean();
    private final Unit unit = department.ownUnit();

    @Test
    void n7OnlyTheBudgetYearAndTheYearBeforeMayBeNamed() {
        assertThat(run(new YearInTextRule(), department)).isEmpty();
        unit.texts().keyTasks().add("完成2019年遗留的清理工作，做好2020—2021年衔接。");
        var findings = run(new YearInTextRule(), department);
        assertThat(findings).hasSize(1);
        Finding finding = only(findings, Severity.WARNING, DisclosureSection.OVERVIEW, null, "keyTasks.1");
        assertThat(finding.message()).startsWith("年度重点工作任务第2段提到2019年，既不是预算年度2021年，也不是上年2020年")
                .contains("完成2019年遗留");
    }

    @Test
    void n7FindsAYearThatStartsARange() {
        unit.operatingCosts().reason().set("2018-2020年标准未变。");
        Finding finding = only(run(new YearInTextRule(), department), Severity.WARNING,
                DisclosureSection.OTHER, null, "operatingCosts.reason");
        assertThat(finding.message()).startsWith("机关运行经费的变动原因提到2018年");
    }

    @Test
    void n8NoPlaceholderMayBeLeft() {
        assertThat(run(new PlaceholderRule(), department)).isEmpty();
        unit.functional().lines().get(0).purpose().set("用于XX万元的办公支出。");
        Finding finding = only(run(new PlaceholderRule(), department), Severity.ERROR,
                DisclosureSection.FUNCTIONAL, "2080101", "GENERAL_PUBLIC_BUDGET.purpose");
        assertThat(finding.message()).isEqualTo("2080101的用途说明中留有占位符“XX”：“用于XX万元的办公支出。”");
        assertThat(finding.messageEn()).startsWith("The purpose of 2080101 still holds the placeholder");
    }

    @Test
    void n8FindsEveryKindOfPlaceholder() {
        for (String text : new String[] {"××单位", "待填", "共＿＿辆", "ＸＸ项目"}) {
            unit.threePublic().receptionPlan().set(text);
            assertThat(run(new PlaceholderRule(), department)).as(text).hasSize(1);
        }
    }

    @Test
    void n9ALargeChangeWithoutAReasonIsAWarning() {
        assertThat(run(new ChangeReasonRule(), department)).isEmpty();
        unit.threePublic().reception().current().set(yuan("30000.00"));
        unit.threePublic().reason().set("接待任务增加。");
        Finding finding = only(run(new ChangeReasonRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "reception.reason");
        assertThat(finding.message()).isEqualTo("公务接待费为3.00万元，上年2.00万元，增减1.00万元（增减率50.00%），未填写变动原因。");
    }

    @Test
    void n9TheThreePublicTotalNeedsItsOwnReason() {
        unit.threePublic().reception().current().set(yuan("30000.00"));
        unit.threePublic().reception().reason().set("接待任务增加。");
        Finding finding = only(run(new ChangeReasonRule(), department), Severity.WARNING,
                DisclosureSection.THREE_PUBLIC, null, "reason");
        assertThat(finding.message()).startsWith("“三公”经费为4.00万元，上年3.00万元，增减1.00万元（增减率33.33%）");
    }

    @Test
    void n9ASmallChangeWithoutAReasonIsInformation() {
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).reason().set("");
        Finding finding = only(run(new ChangeReasonRule(), department), Severity.INFO,
                DisclosureSection.INCOME, null, "GENERAL_PUBLIC_BUDGET.reason");
        assertThat(finding.message()).contains("一般公共预算拨款", "100.00", "95.00", "5.00", "5.26%");
    }
}
