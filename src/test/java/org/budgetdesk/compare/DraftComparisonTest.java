package org.budgetdesk.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.budgetdesk.compare.Difference.Change;
import org.budgetdesk.compare.Difference.ValueKind;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.ExtraFigures;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.junit.jupiter.api.Test;

class DraftComparisonTest {
    private final PlaceLabels labels = new PlaceLabels(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

    private static List<String> keys(Comparison comparison) {
        return comparison.differences().stream()
                .map(d -> d.section() + " " + d.place().unitIndex() + " " + d.place().key() + " " + d.change())
                .toList();
    }

    @Test
    void aDraftEqualsItself() {
        assertThat(DraftComparison.compare(Drafts.earlier(), Drafts.earlier()).isEmpty()).isTrue();
    }

    @Test
    void draftsThatDifferInThreePlacesGiveExactlyThoseThree() {
        Comparison comparison = DraftComparison.compare(Drafts.earlier(), Drafts.later());

        assertThat(keys(comparison)).containsExactly(
                "OVERVIEW 0 keyTasks/0 ADDED",
                "INCOME 0 GENERAL_PUBLIC_BUDGET.current CHANGED",
                "FUNCTIONAL 0 2080101/GENERAL_PUBLIC_BUDGET.purpose CHANGED");
        Difference income = comparison.differences().get(1);
        assertThat(income.kind()).isEqualTo(ValueKind.AMOUNT);
        assertThat(income.before()).isEqualTo("7630560.00");
        assertThat(income.after()).isEqualTo("8000000.00");
        assertThat(income.delta()).isEqualByComparingTo("369440.00");
        assertThat(income.unitName()).isEqualTo("乐山市社会保险事务中心");
        assertThat(labels.describe(income)).isEqualTo("一般公共预算拨款 · 本年预算数");

        Difference purpose = comparison.differences().get(2);
        assertThat(purpose.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(purpose.after()).isEqualTo(Drafts.CHANGED_PURPOSE);
        assertThat(purpose.delta()).isNull();
        assertThat(labels.describe(purpose)).isEqualTo("2080101 行政运行 · 用途说明");

        Difference task = comparison.differences().get(0);
        assertThat(task.before()).isNull();
        assertThat(task.after()).isEqualTo(Drafts.NEW_KEY_TASK);
        assertThat(labels.describe(task)).isEqualTo("年度重点工作任务第1段");
        assertThat(comparison.bySection()).containsOnlyKeys(DisclosureSection.OVERVIEW, DisclosureSection.INCOME,
                DisclosureSection.FUNCTIONAL);
    }

    @Test
    void swappingTheDraftsSwapsBeforeAndAfter() {
        Comparison back = DraftComparison.compare(Drafts.later(), Drafts.earlier());

        assertThat(keys(back)).containsExactly("OVERVIEW 0 keyTasks/0 REMOVED",
                "INCOME 0 GENERAL_PUBLIC_BUDGET.current CHANGED",
                "FUNCTIONAL 0 2080101/GENERAL_PUBLIC_BUDGET.purpose CHANGED");
        assertThat(back.differences().get(1).delta()).isEqualByComparingTo("-369440.00");
    }

    @Test
    void addedAndRemovedLinesAreOneDifferenceEachValuedAtTheirTotal() {
        Department later = Drafts.earlier();
        Unit unit = later.ownUnit();
        FunctionalLine line = new FunctionalLine("2080199", FundingSource.NON_FISCAL_CARRY_OVER);
        line.project().set(new BigDecimal("100000.00"));
        unit.functional().add(line);
        unit.functional().remove(unit.functional().find("2080599", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow());
        EconomicLine economic = unit.economic().lines().get(0);
        unit.economic().remove(economic);

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), later);

        assertThat(keys(comparison)).containsExactly(
                "FUNCTIONAL 0 2080199/NON_FISCAL_CARRY_OVER ADDED",
                "FUNCTIONAL 0 2080599/GENERAL_PUBLIC_BUDGET REMOVED",
                "ECONOMIC 0 " + economic.itemCode() + " REMOVED");
        Difference added = comparison.differences().get(0);
        assertThat(added.after()).isEqualTo("100000.00");
        assertThat(added.delta()).isEqualByComparingTo("100000.00");
        assertThat(labels.describe(added)).isEqualTo("2080199 其他人力资源和社会保障管理事务支出（非财政拨款结转）")
                .doesNotContain("·");
        assertThat(comparison.differences().get(1).delta()).isEqualByComparingTo("-14000.00");
    }

    @Test
    void unitsAreMatchedByNameAndRenamedOnesByPosition() {
        Department before = Drafts.earlier();
        before.units().add(new Unit("甲中心"));
        before.units().add(new Unit("乙中心"));
        Department after = Drafts.earlier();
        Unit renamed = new Unit("乙中心（更名）");
        renamed.assets().vehicles(VehicleUse.OTHER).set(2);
        after.units().add(renamed);

        Comparison comparison = DraftComparison.compare(before, after);

        assertThat(keys(comparison)).containsExactly("OVERVIEW 1 unit.name CHANGED", "OVERVIEW -1 unit REMOVED",
                "OTHER 1 assets.OTHER CHANGED");
        assertThat(comparison.differences().get(0).before()).isEqualTo("甲中心");
        assertThat(comparison.differences().get(2).kind()).isEqualTo(ValueKind.COUNT);
        assertThat(comparison.differences().get(2).delta()).isEqualByComparingTo("2");
        assertThat(labels.describe(comparison.differences().get(2))).isEqualTo("国有资产占有使用 · 其他用车");
    }

    @Test
    void paragraphsAreComparedByContentSoAnInsertionIsOneDifference() {
        Department after = Drafts.earlier();
        List<String> functions = after.ownUnit().texts().functions();
        functions.add(3, "新增职能");
        functions.set(6, functions.get(6) + "（修订）");
        functions.remove(0);

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), after);

        assertThat(keys(comparison)).containsExactly("OVERVIEW 0 functions/0 REMOVED",
                "OVERVIEW 0 functions/2 ADDED", "OVERVIEW 0 functions/5 CHANGED");
        assertThat(comparison.differences().get(2).after()).endsWith("（修订）");
    }

    @Test
    void departmentFieldsCustomCodesAndProjectsAreCompared() {
        Department after = Drafts.earlier();
        after.kind().set(DepartmentKind.ADMINISTRATIVE);
        after.customEconomicCodes().put("30299", "其他商品和服务支出（自定）");
        PerformanceProject project = after.ownUnit().performance().projects().get(1);
        project.amount().set(new BigDecimal("120000.00"));
        project.goals().set("按时送达");

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), after);

        assertThat(keys(comparison)).containsExactly("OVERVIEW -1 department.kind CHANGED",
                "ECONOMIC -1 custom/30299 ADDED", "OTHER 0 project/1.amount CHANGED",
                "OTHER 0 project/1.goals CHANGED");
        Difference kind = comparison.differences().get(0);
        assertThat(labels.value(kind, kind.after(), org.budgetdesk.format.DisplayUnit.WAN_YUAN)).isEqualTo("行政单位");
        assertThat(labels.describe(comparison.differences().get(1))).isEqualTo("自定义经济科目30299");
        assertThat(labels.describe(comparison.differences().get(2))).isEqualTo("委托送达信息项目经费 · 金额");
        assertThat(comparison.differences().get(2).place())
                .isEqualTo(new CommentTarget(DisclosureSection.OTHER, 0, "project/1.amount"));
        assertThat(comparison.differences().get(2).change()).isEqualTo(Change.CHANGED);
    }

    @Test
    void projectSpendingClassifiedByAnEconomicItemIsADifferenceOfThatItem() {
        Department later = Drafts.earlier();
        later.ownUnit().economic().find("30201").orElseThrow().project().set(new BigDecimal("5000.00"));

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), later);

        assertThat(keys(comparison)).containsExactly("ECONOMIC 0 30201.project CHANGED");
        assertThat(labels.describe(comparison.differences().get(0))).isEqualTo("30201 办公费 · 项目支出");
    }

    @Test
    void whatEachFundPaysOfTheThreePublicExpensesIsCompared() {
        Department later = Drafts.earlier();
        later.ownUnit().threePublic().entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION).current()
                .set(new BigDecimal("10000.00"));
        later.ownUnit().threePublic().entered(Fund.NON_FISCAL, ThreePublicPart.VEHICLE_OPERATION).prior()
                .set(null);

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), later);

        assertThat(keys(comparison)).containsExactly("THREE_PUBLIC 0 reception/GOVERNMENT_FUND.current CHANGED",
                "THREE_PUBLIC 0 vehicleOperation/NON_FISCAL.prior CHANGED");
        assertThat(labels.describe(comparison.differences().get(0))).isEqualTo("公务接待费（政府性基金预算安排） · 本年预算数");
    }

    @Test
    void indicatorsOverallTargetsSectionBasesAndCostCategoriesAreCompared() {
        Department later = Drafts.earlier();
        PerformanceIndicator indicator = new PerformanceIndicator();
        indicator.level1().set("产出指标");
        indicator.level3().set("送达文书数");
        indicator.value().set("≥3000件");
        later.ownUnit().performance().projects().get(1).indicators().add(indicator);
        later.ownUnit().performance().overallGoals().set("全面完成年度社保经办任务");
        later.sectionComparisonBases().put(DisclosureSection.THREE_PUBLIC, ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        later.basicCostMapping().overrides().put("30201", BasicCostCategory.PERSONNEL);

        Comparison comparison = DraftComparison.compare(Drafts.earlier(), later);

        assertThat(keys(comparison)).containsExactly("OVERVIEW -1 sectionBasis/THREE_PUBLIC CHANGED",
                "ECONOMIC -1 basicCost/30201.category CHANGED", "OTHER 0 overallTargets.goals CHANGED",
                "OTHER 0 project/1.indicators CHANGED");
        List<String> described = comparison.differences().stream().map(labels::describe).toList();
        assertThat(described).containsExactly("“三公”经费的比较基础", "30201 办公费 · 人员经费/公用经费归类",
                "部门整体支出绩效目标 · 绩效目标", "委托送达信息项目经费 · 绩效指标");
        Difference basis = comparison.differences().get(0);
        assertThat(labels.value(basis, basis.before(), DisplayUnit.WAN_YUAN)).isEqualTo("与部门相同");
        assertThat(labels.value(basis, basis.after(), DisplayUnit.WAN_YUAN)).isEqualTo("上年决算数");
        Difference category = comparison.differences().get(1);
        assertThat(labels.value(category, category.after(), DisplayUnit.WAN_YUAN)).isEqualTo("人员经费");
        assertThat(comparison.differences().get(3).after()).isEqualTo("产出指标—送达文书数：≥3000件");
    }

    @Test
    void anAddedFigureIsComparedAndNamedByTheSchema() {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Department earlier = Drafts.earlier();
            Department later = Drafts.earlier();
            FigureSchema.current().figure("training").compared(later.ownUnit()).current()
                    .set(new BigDecimal("30000.00"));

            Comparison comparison = DraftComparison.compare(earlier, later);

            assertThat(keys(comparison)).containsExactly("THREE_PUBLIC 0 training.current CHANGED");
            assertThat(labels.describe(comparison.differences().get(0))).isEqualTo("培训费 · 本年预算数");
        }
    }
}
