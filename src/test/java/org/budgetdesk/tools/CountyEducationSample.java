package org.budgetdesk.tools;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/**
 * Makes the second sample project, {@code assets/samples/county-education-2024.budget}: a county education bureau
 * (某县教育局) with two schools, 2024. Made by hand, not from a published document, so that every figure holds by
 * construction; it carries what the first sample lacks: several units, 政府性基金 and 事业收入, 财政拨款结转 and
 * 非财政拨款结转, “三公” and basic expenditure paid partly outside 一般公共预算, priors not published, “三公” compared
 * with last year's 决算.
 * {@code CountyEducationSampleTest} holds the asset equal to what this builds. Run {@link #main} to write it again.
 */
public final class CountyEducationSample {
    private CountyEducationSample() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "assets/samples/" + SampleProject.COUNTY_EDUCATION);
        new ProjectFiles().save(build(), file);
        System.out.println("written: " + file);
    }

    /** The department, built through the model. */
    public static Department build() {
        Department department = new Department("某县教育局", 2024);
        department.parentDepartment().set("某县人民政府");
        department.kind().set(DepartmentKind.ADMINISTRATIVE);
        department.comparisonBasis().set(ComparisonBasis.PRIOR_BUDGET);
        department.sectionComparisonBases().put(DisclosureSection.THREE_PUBLIC, ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        department.basicCostMapping().overrides().put("30229", BasicCostCategory.PERSONNEL);
        department.note().set("第二个示例项目：为测试而手工编制的县级教育部门预算（本级和两所学校），不是某个部门公开的真实预算。"
                + "它包含第一个示例没有的情形：多个单位、政府性基金和事业收入、财政拨款结转与非财政拨款结转、"
                + "部分由其他资金安排的“三公”经费、未公开的上年数、按上年决算数比较的“三公”经费，以及把福利费计入人员经费的地方口径。");
        department.customFunctionalCodes().put("20501", "教育管理事务");
        department.customFunctionalCodes().put("20502", "普通教育");
        department.customFunctionalCodes().put("22960", "彩票公益金安排的支出");
        department.customFunctionalCodes().put("2050101", "行政运行");
        department.customFunctionalCodes().put("2050199", "其他教育管理事务支出");
        department.customFunctionalCodes().put("2050202", "小学教育");
        department.customFunctionalCodes().put("2050203", "初中教育");
        department.customFunctionalCodes().put("2296002", "用于教育事业的彩票公益金支出");
        bureau(department.ownUnit());
        Unit school = new Unit("某县第一中学");
        middleSchool(school);
        Unit primary = new Unit("某县实验小学");
        primarySchool(primary);
        department.units().addAll(school, primary);
        return department;
    }

    private static void bureau(Unit unit) {
        income(unit, FundingSource.GENERAL_PUBLIC_BUDGET, "5000000.00", "4800000.00", "新增教育信息化建设项目。");
        income(unit, FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER, "200000.00", null, "");
        // the department's reasons (部门汇总 takes its texts from the 本级) for the sources only the schools have
        unit.income().source(FundingSource.GOVERNMENT_FUND).reason().set("第一中学新增彩票公益金助学项目。");
        unit.income().source(FundingSource.INSTITUTIONAL_REVENUE).reason().set("第一中学住宿费收入增加。");
        unit.income().source(FundingSource.NON_FISCAL_CARRY_OVER).reason().set("第一中学上年结余减少。");
        line(unit, "2050101", FundingSource.GENERAL_PUBLIC_BUDGET, "2000000.00", "600000.00", "0.00", "2500000.00",
                "保障机关正常运转和日常管理。");
        line(unit, "2050199", FundingSource.GENERAL_PUBLIC_BUDGET, "0.00", "0.00", "2400000.00", "2300000.00",
                "全县中小学教育信息化建设。");
        line(unit, "2050199", FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER, "0.00", "0.00", "200000.00", null,
                "上年结转的教育信息化建设资金。");
        economic(unit, "30101", "1100000.00");
        economic(unit, "30102", "500000.00");
        economic(unit, "30108", "300000.00");
        economic(unit, "30229", "100000.00");
        economic(unit, "30201", "200000.00");
        economic(unit, "30211", "100000.00");
        economic(unit, "30217", "20000.00");
        economic(unit, "30231", "60000.00");
        economic(unit, "30299", "220000.00").project().set(new BigDecimal("600000.00"));
        economic(unit, "31002", "0.00").project().set(new BigDecimal("2000000.00"));
        compared(unit.threePublic().reception(), "20000.00", "25000.00", "压缩公务接待规模。");
        compared(unit.threePublic().vehicleOperation(), "60000.00", "65000.00", "车辆使用年限增加，严控运行费用。");
        unit.threePublic().reason().set("厉行节约，压缩公务接待和公务用车运行费用。");
        unit.threePublic().receptionPlan().set("接待上级部门来县检查指导教育工作。");
        compared(unit.operatingCosts(), "500000.00", "480000.00", "办公设备维护费用增加。");
        unit.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(2);
        PerformanceProject informatization =
                project(unit, "教育信息化建设", "2050199", "2400000.00", "完成全县中小学多媒体教室改造。");
        indicator(informatization.indicators(), "产出指标", "数量指标", "改造多媒体教室数", "≥120间");
        indicator(informatization.indicators(), "产出指标", "时效指标", "完成时间", "2024年12月底前");
        indicator(informatization.indicators(), "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%");
        unit.performance().overallGoals().set("保障全县教育事业正常运转，推进义务教育优质均衡发展。");
        indicator(unit.performance().overallIndicators(), "产出指标", "数量指标", "义务教育巩固率", "≥99%");
        indicator(unit.performance().overallIndicators(), "效益指标", "社会效益指标", "县域义务教育优质均衡",
                "通过省级评估");
        unit.texts().functions().setAll("贯彻执行国家和省、市教育方针政策，拟订全县教育发展规划。",
                "管理全县基础教育，统筹中小学布局和教师队伍建设。");
        unit.texts().keyTasks().setAll("推进义务教育优质均衡发展。", "完成教育信息化建设三年行动。");
        unit.texts().appropriationPurpose().set("保障机关运转、中小学教育事业发展和教育信息化建设");
    }

    private static void middleSchool(Unit unit) {
        income(unit, FundingSource.GENERAL_PUBLIC_BUDGET, "8000000.00", "7600000.00", "教师绩效工资标准调整。");
        income(unit, FundingSource.GOVERNMENT_FUND, "500000.00", "0.00", "新增彩票公益金助学项目。");
        income(unit, FundingSource.INSTITUTIONAL_REVENUE, "300000.00", "280000.00", "住宿费收入增加。");
        income(unit, FundingSource.NON_FISCAL_CARRY_OVER, "100000.00", "120000.00", "上年结余减少。");
        line(unit, "2050203", FundingSource.GENERAL_PUBLIC_BUDGET, "6000000.00", "1200000.00", "800000.00",
                "7600000.00", "保障初中教育教学运转和校舍维修。");
        line(unit, "2296002", FundingSource.GOVERNMENT_FUND, "0.00", "0.00", "500000.00", "0.00",
                "资助家庭经济困难学生。");
        line(unit, "2050203", FundingSource.INSTITUTIONAL_REVENUE, "0.00", "300000.00", "0.00", "280000.00",
                "学生住宿管理支出。");
        line(unit, "2050203", FundingSource.NON_FISCAL_CARRY_OVER, "0.00", "0.00", "100000.00", "120000.00",
                "上年结转的实验室设备购置资金。");
        economic(unit, "30101", "3000000.00");
        economic(unit, "30107", "2000000.00");
        economic(unit, "30108", "1000000.00");
        economic(unit, "30201", "400000.00");
        economic(unit, "30205", "200000.00");
        economic(unit, "30206", "300000.00");
        economic(unit, "30217", "10000.00");
        economic(unit, "30231", "30000.00");
        // The boarding costs paid from 事业收入: 表3-1 (一般公共预算) leaves them out, 表2-1 (财政拨款) too.
        economic(unit, "30299", "560000.00").entered(Fund.NON_FISCAL).set(new BigDecimal("300000.00"));
        economic(unit, "30213", "0.00").project().set(new BigDecimal("800000.00"));
        economic(unit, "30308", "0.00").project().set(new BigDecimal("500000.00"));
        economic(unit, "31003", "0.00").project().set(new BigDecimal("100000.00"));
        compared(unit.threePublic().reception(), "10000.00", "0.00", "");
        unit.threePublic().reception().prior().set(null);
        compared(unit.threePublic().vehicleOperation(), "30000.00", "30000.00", "");
        unit.threePublic().entered(Fund.NON_FISCAL, ThreePublicPart.RECEPTION).current()
                .set(new BigDecimal("5000.00"));
        unit.threePublic().receptionPlan().set("接待兄弟学校交流教学经验。");
        unit.assets().vehicles(VehicleUse.SPECIAL_PURPOSE).set(1);
        project(unit, "校舍维修", "2050203", "800000.00", "完成教学楼屋面防水维修。");
        project(unit, "彩票公益金助学", "2296002", "500000.00", "资助家庭经济困难学生300人。");
        project(unit, "实验室设备购置", "2050203", "100000.00", "更新物理、化学实验室设备。");
        unit.texts().functions().setAll("实施初中教育。");
        unit.texts().keyTasks().setAll("提高教学质量。");
        unit.texts().appropriationPurpose().set("保障初中教育教学");
    }

    private static void primarySchool(Unit unit) {
        income(unit, FundingSource.GENERAL_PUBLIC_BUDGET, "4000000.00", "3900000.00", "学生人数增加。");
        income(unit, FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER, "50000.00", "0.00", "上年营养餐资金结转。");
        line(unit, "2050202", FundingSource.GENERAL_PUBLIC_BUDGET, "3200000.00", "600000.00", "200000.00",
                "3900000.00", "保障小学教育教学运转和学生营养餐。");
        line(unit, "2050202", FundingSource.GENERAL_PUBLIC_BUDGET_CARRY_OVER, "0.00", "0.00", "50000.00", "0.00",
                "上年结转的营养餐资金。");
        economic(unit, "30101", "1600000.00");
        economic(unit, "30107", "1000000.00");
        economic(unit, "30108", "600000.00");
        economic(unit, "30201", "200000.00");
        economic(unit, "30206", "150000.00");
        economic(unit, "30299", "250000.00");
        economic(unit, "30399", "0.00").project().set(new BigDecimal("250000.00"));
        project(unit, "学生营养餐", "2050202", "250000.00", "保障全校学生营养午餐。");
        unit.texts().functions().setAll("实施小学教育。");
        unit.texts().keyTasks().setAll("落实课后服务。");
        unit.texts().appropriationPurpose().set("保障小学教育教学");
    }

    private static void income(Unit unit, FundingSource source, String current, String prior, String reason) {
        ComparedAmount amount = unit.income().source(source);
        amount.current().set(new BigDecimal(current));
        amount.prior().set(prior == null ? null : new BigDecimal(prior));
        amount.reason().set(reason);
    }

    private static void compared(ComparedAmount amount, String current, String prior, String reason) {
        amount.current().set(new BigDecimal(current));
        amount.prior().set(new BigDecimal(prior));
        amount.reason().set(reason);
    }

    private static void line(Unit unit, String code, FundingSource source, String personnel, String publicCosts,
                             String project, String prior, String purpose) {
        FunctionalLine line = new FunctionalLine(code, source);
        line.personnel().set(new BigDecimal(personnel));
        line.publicCosts().set(new BigDecimal(publicCosts));
        line.project().set(new BigDecimal(project));
        line.prior().set(prior == null ? null : new BigDecimal(prior));
        line.purpose().set(purpose);
        unit.functional().add(line);
    }

    /** An economic 款 of basic spending; its prior is not published (the documents give none). */
    private static EconomicLine economic(Unit unit, String code, String current) {
        EconomicLine line = new EconomicLine(code);
        line.current().set(new BigDecimal(current));
        line.prior().set(null);
        unit.economic().add(line);
        return line;
    }

    private static void indicator(List<PerformanceIndicator> indicators, String level1, String level2, String level3,
                                  String value) {
        PerformanceIndicator indicator = new PerformanceIndicator();
        indicator.level1().set(level1);
        indicator.level2().set(level2);
        indicator.level3().set(level3);
        indicator.value().set(value);
        indicators.add(indicator);
    }

    private static PerformanceProject project(Unit unit, String name, String code, String amount, String goals) {
        PerformanceProject project = new PerformanceProject();
        project.name().set(name);
        project.functionalCode().set(code);
        project.amount().set(new BigDecimal(amount));
        project.goals().set(goals);
        unit.performance().add(project);
        return project;
    }
}
