package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/**
 * Everything the explanation reads from one unit and its department, copied into immutable values (amounts in 元).
 * Taken on the thread that owns the model (the UI thread in the workbench); the text can then be generated on any
 * thread.
 */
public record Snapshot(Header header, Income income, Spending spending, ThreePublic threePublic, Other other,
                       Texts texts, Map<String, Added> added, Catalog catalog) {

    /** The unit's figures, with the department's name, year and comparison basis. */
    public static Snapshot of(Department department, Unit unit) {
        return SnapshotReader.read(department, unit, SnapshotReader.catalogOf(department));
    }

    /** The same, with the catalog the caller already has (the workbench caches one per document). */
    public static Snapshot of(Department department, Unit unit, Catalog catalog) {
        return SnapshotReader.read(department, unit, catalog);
    }

    /**
     * Who and when.
     *
     * @param name         the unit's name (the department's, for 部门汇总 and the own unit)
     * @param parent       the body it reports to: the department's 主管部门, or the department for a subordinate unit
     * @param subordinates the number of subordinate units it has (下属二级预算单位)
     * @param unitNames    the units whose budgets it covers, own unit first
     * @param basis        the department's comparison basis
     * @param sectionBases the sections that compare on another basis
     */
    public record Header(String name, String parent, int year, DepartmentKind kind, ComparisonBasis basis,
                         Map<DisclosureSection, ComparisonBasis> sectionBases, int subordinates,
                         List<String> unitNames) {
        /** The basis of a section's prior-year figures: its own when the project sets one, else the department's. */
        public ComparisonBasis basisOf(DisclosureSection section) {
            return sectionBases.getOrDefault(section, basis);
        }
    }

    /**
     * A current and a prior amount with the reason for the change (blank when none was written); the prior is
     * {@code null} when it is not published.
     */
    public record Figure(BigDecimal current, BigDecimal prior, String reason) {
        /** True when the current figure is zero and the prior zero or not published: nothing to say about it. */
        public boolean isNil() {
            return current.signum() == 0 && (prior == null || prior.signum() == 0);
        }
    }

    /** Income by source, by group (财政拨款收入, 上年结转, 财政拨款结转) and in total. */
    public record Income(Map<FundingSource, Figure> sources, Map<IncomeGroup, Figure> groups, Figure total) {
        /** 财政拨款收入 of the year. */
        public Figure fiscalAppropriation() {
            return groups.get(IncomeGroup.FISCAL_APPROPRIATION);
        }
    }

    /** A functional line; its prior is {@code null} when it is not published. */
    public record Line(String itemCode, FundingSource source, BigDecimal personnel, BigDecimal publicCosts,
                       BigDecimal project, BigDecimal prior, String purpose) {
        public BigDecimal total() {
            return personnel.add(publicCosts).add(project);
        }
    }

    /** 人员经费, 公用经费, 基本支出, 项目支出 and 合计 of some lines. */
    public record Totals(BigDecimal personnel, BigDecimal publicCosts, BigDecimal basic, BigDecimal project,
                         BigDecimal total) {
    }

    /** An economic 款 of basic expenditure with its current amount. */
    public record EconomicItem(String code, boolean personnel, BigDecimal current) {
    }

    /**
     * Functional and economic spending.
     *
     * @param lines    every functional line, by code then source
     * @param total    the totals over every line
     * @param bySource the totals of the lines of each funding source
     * @param economic the economic lines, by code
     */
    public record Spending(List<Line> lines, Totals total, Map<FundingSource, Totals> bySource,
                           List<EconomicItem> economic) {
    }

    /** “三公”经费: the total's reason is the overall one; the vehicles' joins purchase and operation. */
    public record ThreePublic(Figure total, Figure overseasTravel, Figure reception, Figure vehicles,
                              Figure vehiclePurchase, Figure vehicleOperation, String receptionPlan,
                              BigDecimal fiscal) {
    }

    public record Project(String name, String functionalCode, BigDecimal amount) {
    }

    /** 机关运行经费, 政府采购, 国有资产 and 绩效目标. */
    public record Other(Figure operatingCosts, BigDecimal goods, BigDecimal works, BigDecimal services,
                        Map<VehicleUse, Integer> vehicles, int largeEquipment, int plannedVehicles,
                        int plannedLargeEquipment, String assetsNote, List<Project> projects) {
    }

    public record Texts(List<String> functions, List<String> keyTasks, String appropriationPurpose) {
    }

    /**
     * A figure the figure schema adds beyond the built-in ones, which an outline's {@code @figure KEY} states.
     *
     * @param name    its Chinese name
     * @param section the tab it is entered on, whose comparison basis it follows
     * @param kind    what it holds
     * @param amount  a compared figure, or an amount (with a prior that is not published); zero for the others
     * @param count   a count, or 0
     * @param text    a text, or ""
     */
    public record Added(String name, DisclosureSection section, FigureKind kind, Figure amount, int count,
                        String text) {
    }
}
