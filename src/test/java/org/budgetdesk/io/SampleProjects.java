package org.budgetdesk.io;

import java.math.BigDecimal;
import java.time.Instant;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/** Departments for the io tests, with every field set to a value that differs from its default. */
final class SampleProjects {
    private SampleProjects() {
    }

    /** Two units, lines in several 类, a custom code, texts with Chinese, quotes and newlines, two comments. */
    static Department rich() {
        Department department = new Department("成都市某某局", 2021);
        department.parentDepartment().set("成都市人民政府");
        department.kind().set(DepartmentKind.CIVIL_SERVICE_MANAGED_INSTITUTION);
        department.comparisonBasis().set(ComparisonBasis.PRIOR_EXECUTION);
        department.note().set("部分数据为\"预计数\"\n第二行\t制表符 \\ 反斜杠");
        department.customFunctionalCodes().put("2089901", "其他“社会保障”支出");
        department.customEconomicCodes().put("31999", "自定义资本性支出");

        Unit own = department.ownUnit();
        own.name().set("成都市某某局（本级）");
        fillUnit(own, 1);
        functional(own, "2080101", FundingSource.GENERAL_PUBLIC_BUDGET, "5126000.00", "812300.50", "0.00",
                "4980000.00");
        functional(own, "2080101", FundingSource.NON_FISCAL_CARRY_OVER, "0.00", "0.00", "150000.00", "0.00");
        functional(own, "2080505", FundingSource.GENERAL_PUBLIC_BUDGET, "620000.00", "0.00", "0.00", "600000.00");
        functional(own, "2101101", FundingSource.GOVERNMENT_FUND, "310000.01", "0.00", "0.00", "0.00");
        functional(own, "2210201", FundingSource.GENERAL_PUBLIC_BUDGET, "543900.00", "0.00", "0.00", "540000.00");
        functional(own, "2089901", FundingSource.STATE_CAPITAL, "0.00", "0.00", "999999999999.99", "0.01");
        economic(own, "30101", "2100000.00", "2000000.00");
        economic(own, "30201", "56000.00", "61000.00");
        economic(own, "30302", "320000.00", "300000.00");
        economic(own, "31999", "0.01", "0.00");

        Unit centre = new Unit("成都市某某服务中心");
        fillUnit(centre, 2);
        functional(centre, "2080150", FundingSource.INSTITUTIONAL_REVENUE, "880000.00", "120000.00",
                "300000.00", "1200000.00");
        economic(centre, "30107", "400000.00", "380000.00");
        department.units().add(centre);

        Comment remark = new Comment(new CommentTarget(DisclosureSection.FUNCTIONAL, 1,
                "2080150/INSTITUTIONAL_REVENUE.personnel"), "李审核", Instant.parse("2021-02-03T04:05:06.789Z"),
                "人员经费偏高，\"请核对\"\n第二行");
        Comment done = new Comment(
                CommentTarget.wholeSection(DisclosureSection.THREE_PUBLIC, CommentTarget.DEPARTMENT), "wang",
                Instant.parse("2021-02-04T00:00:00Z"), "已核对");
        done.resolved().set(true);
        department.comments().addAll(remark, done);
        return department;
    }

    /** Sets every single-valued field of a unit; {@code seed} makes the units differ. */
    /**
     * Empties what format 3 added to performance targets (indicators, overall targets), which a version-1 or -2 file
     * cannot hold: what such a file gives back.
     */
    static void withoutFormatThreeTargets(Department department) {
        for (Unit unit : department.units()) {
            unit.performance().projects().forEach(project -> project.indicators().clear());
            unit.performance().overallGoals().set("");
            unit.performance().overallIndicators().clear();
        }
    }

    private static void fillUnit(Unit unit, int seed) {
        for (FundingSource source : FundingSource.values()) {
            long current = (source.ordinal() + 1) * 100000L * seed;
            compared(unit.income().source(source), current, "收入“" + source.officialName() + "”变化原因 " + seed);
        }
        compared(unit.threePublic().overseasTravel(), 50000L * seed, "出国\"团组\"减少");
        compared(unit.threePublic().reception(), 12000L * seed, "厉行节约");
        compared(unit.threePublic().vehiclePurchase(), 250000L * seed, "更新 1 辆");
        compared(unit.threePublic().vehicleOperation(), 80000L * seed, "油价上涨\n维修增加");
        unit.threePublic().reason().set("“三公”经费总体减少 " + seed);
        unit.threePublic().receptionPlan().set("主要用于上级检查调研接待");
        compared(unit.operatingCosts(), 700000L * seed, "机关运行经费说明");
        unit.procurement().goods().set(new BigDecimal("150000.00"));
        unit.procurement().works().set(new BigDecimal("0.01"));
        unit.procurement().services().set(new BigDecimal("98765.43"));
        for (VehicleUse use : VehicleUse.values()) {
            unit.assets().vehicles(use).set(use.ordinal() + seed);
        }
        unit.assets().largeEquipment().set(3 * seed);
        unit.assets().plannedVehicles().set(seed);
        unit.assets().plannedLargeEquipment().set(2);
        unit.assets().note().set("车辆为 2020 年 12 月 31 日数");
        PerformanceProject project = new PerformanceProject();
        project.name().set("智慧社保\"一网通办\"建设 " + seed);
        project.functionalCode().set("2080101");
        project.amount().set(new BigDecimal("150000.00"));
        project.goals().set("目标一：上线\n目标二：满意度≥95%");
        org.budgetdesk.model.PerformanceIndicator indicator = new org.budgetdesk.model.PerformanceIndicator();
        indicator.level1().set("满意度指标");
        indicator.level2().set("服务对象满意度指标");
        indicator.level3().set("群众满意度 " + seed);
        indicator.value().set("≥95%");
        project.indicators().add(indicator);
        unit.performance().add(project);
        unit.performance().overallGoals().set("整体目标 " + seed + "\n第二行");
        org.budgetdesk.model.PerformanceIndicator overall = new org.budgetdesk.model.PerformanceIndicator();
        overall.level1().set("产出指标");
        overall.value().set("100%");
        unit.performance().overallIndicators().add(overall);
        PerformanceProject empty = new PerformanceProject();
        empty.name().set("待定项目");
        unit.performance().add(empty);
        unit.texts().functions().addAll("贯彻执行国家劳动和社会保障方针", "拟订人力资源\"规划\"");
        unit.texts().keyTasks().add("做好就业工作\n稳定就业 " + seed);
        unit.texts().appropriationPurpose().set("主要用于人员工资和日常运转");
    }

    private static void compared(ComparedAmount amount, long current, String reason) {
        amount.current().set(BigDecimal.valueOf(current, 0).setScale(2));
        amount.prior().set(BigDecimal.valueOf(current + 1234, 2));
        amount.reason().set(reason);
    }

    private static void functional(Unit unit, String code, FundingSource source, String personnel,
                                   String publicCosts, String project, String prior) {
        FunctionalLine line = new FunctionalLine(code, source);
        line.personnel().set(new BigDecimal(personnel));
        line.publicCosts().set(new BigDecimal(publicCosts));
        line.project().set(new BigDecimal(project));
        line.prior().set(new BigDecimal(prior));
        line.purpose().set("用于" + code + "的\"支出\"");
        unit.functional().add(line);
    }

    private static void economic(Unit unit, String code, String current, String prior) {
        EconomicLine line = new EconomicLine(code);
        line.current().set(new BigDecimal(current));
        line.prior().set(new BigDecimal(prior));
        unit.economic().add(line);
    }
}
