package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicPart;

/**
 * What a workbook holds, read into the model's terms but not yet into a project: figures in 元, and every cell that
 * could not be read. {@link ImportPlan} compares it with a project.
 *
 * <p>Functional and economic lines are the department's (部门汇总): the tables are consolidated. Income and “三公”经费
 * are by unit name where a table lists units, else under {@link #DEPARTMENT}.
 */
public final class ImportedFigures {
    /** The key of figures a table gives for the department as a whole. */
    public static final String DEPARTMENT = "";

    final String tableSet;
    String departmentName = "";
    int budgetYear;
    /** 项 code → funding source → figures. */
    final Map<String, Map<FundingSource, LineFigures>> functional = new TreeMap<>();
    /** 项 code → prior total, where a table gives it (null: not published). */
    final Map<String, BigDecimal> functionalPrior = new TreeMap<>();
    /** Economic 款 code → basic expenditure. */
    final Map<String, BigDecimal> economic = new TreeMap<>();
    final Map<String, BigDecimal> economicPrior = new TreeMap<>();
    /** Economic 款 code → project expenditure, where a table classifies it (表2-1). */
    final Map<String, BigDecimal> economicProject = new TreeMap<>();
    /** Unit name → source → amount. */
    final Map<String, Map<FundingSource, BigDecimal>> income = new LinkedHashMap<>();
    /** Unit name → fund → part → current amount, for the funds a table covers. */
    final Map<String, Map<Fund, Map<ThreePublicPart, BigDecimal>>> threePublic = new LinkedHashMap<>();
    /** The same for the prior-year columns (null: not published). */
    final Map<String, Map<Fund, Map<ThreePublicPart, BigDecimal>>> threePublicPrior =
            new LinkedHashMap<>();
    /** Sources whose functional lines a table of their own gives whole (表3 一般公共预算…). */
    final java.util.Set<FundingSource> distinctSources = java.util.EnumSet.noneOf(FundingSource.class);
    /** Whether a table over all sources was read, and whether it splits 基本支出 into 人员经费 and 公用经费. */
    boolean allSourcesRead;
    /** Whether a table of basic expenditure by economic 款 was read. */
    boolean economicRead;
    /** The funds whose share of basic expenditure the economic table read shows (表3-1: 一般公共预算 only). */
    final Set<Fund> economicFunds = EnumSet.noneOf(Fund.class);
    boolean allSourcesSplit;
    /** Unit name → 上年结转 as one figure, where the unit table does not split it. */
    final Map<String, BigDecimal> unitCarryOver = new LinkedHashMap<>();
    /** The department's 财政拨款结转 by appropriation, from the 财政拨款收支总表. */
    final Map<FundingSource, BigDecimal> fiscalCarryOver = new EnumMap<>(FundingSource.class);
    /** Code → name as the tables print them, for codes the year's catalog may lack. */
    final Map<String, String> functionalNames = new TreeMap<>();
    final Map<String, String> economicNames = new TreeMap<>();
    final List<Unreadable> problems;
    /** What the reading inferred or read that a person may not expect (hidden rows, a unit assumed), not problems. */
    final List<Unreadable> notes = new java.util.ArrayList<>();
    /** Unit name → the figures of that unit alone, when the workbook holds units one by one (a sheet, a block or a
     * unit column each). */
    final Map<String, ImportedFigures> units = new LinkedHashMap<>();
    /** The mapping the workbook was read with; null for BudgetDesk's own table sets. */
    ImportMapping mapping;

    ImportedFigures(String tableSet, List<Unreadable> problems) {
        this.tableSet = tableSet;
        this.problems = problems;
    }

    /** What the reading inferred or read that the preview should say: hidden rows and sheets, a unit assumed. */
    public List<Unreadable> notes() {
        return List.copyOf(notes);
    }

    /** The mapping of sheets and columns the workbook was read with, when it is not one of BudgetDesk's sets. */
    public java.util.Optional<ImportMapping> mapping() {
        return java.util.Optional.ofNullable(mapping);
    }

    /** Whether the tables give the department's functional or economic lines (部门汇总). */
    boolean hasConsolidatedLines() {
        return !functional.isEmpty() || economicRead;
    }

    /** The names of the units the workbook gives one by one, in order. */
    public List<String> unitNames() {
        return List.copyOf(units.keySet());
    }

    /** The department the tables name (部门：…), or "". */
    public String departmentName() {
        return departmentName;
    }

    /** The budget year of the tables' titles, or 0. */
    public int budgetYear() {
        return budgetYear;
    }

    /**
     * A new, empty project for these figures: the department and year the tables name (this calendar year when no
     * title names one), its own unit (本级) named after the first unit a table lists.
     */
    public org.budgetdesk.model.Department newDepartment() {
        int year = budgetYear != 0 ? budgetYear : java.time.Year.now().getValue(); // no title names the year
        var department = new org.budgetdesk.model.Department(departmentName, year);
        java.util.stream.Stream.of(units.keySet(), income.keySet(), threePublic.keySet()).flatMap(Set::stream)
                .filter(name -> !name.equals(DEPARTMENT)).findFirst()
                .ifPresent(name -> department.ownUnit().name().set(name));
        return department;
    }

    /** The table set the workbook was recognised as ({@code sichuan}, {@code central}). */
    public String tableSet() {
        return tableSet;
    }

    /** Every cell that could not be read and every total that disagrees with its parts. */
    public List<Unreadable> problems() {
        return List.copyOf(problems);
    }

    /** The department's functional lines by 项 code and source. */
    public Map<String, Map<FundingSource, LineFigures>> functional() {
        return functional;
    }

    /** Basic expenditure by economic 款. */
    public Map<String, BigDecimal> economic() {
        return economic;
    }

    /** Income by unit name ({@link #DEPARTMENT} for the department as a whole) and source. */
    public Map<String, Map<FundingSource, BigDecimal>> income() {
        return income;
    }

    Map<FundingSource, BigDecimal> incomeOf(String unit) {
        return income.computeIfAbsent(unit, name -> new EnumMap<>(FundingSource.class));
    }

    static Map<Fund, Map<ThreePublicPart, BigDecimal>> fundsOf(
            Map<String, Map<Fund, Map<ThreePublicPart, BigDecimal>>> byUnit, String unit) {
        return byUnit.computeIfAbsent(unit, name -> new EnumMap<>(Fund.class));
    }
}
