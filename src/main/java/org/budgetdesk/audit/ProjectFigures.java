package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;

/**
 * The figures of a project a text may state, copied from the model (部门汇总) so that the audit can run on any
 * thread: for each concept of the patterns (incomeTotal, basic, threePublic, …), each functional 类 (by code) and each
 * 款 and 项 (by 类 and name), the values it may be stated as — all funding sources, or the general public budget
 * alone, since texts state both — each with its prior-year value when the project has one.
 */
public final class ProjectFigures {
    /** One value a figure may be stated as, in 元; {@code prior} null when not kept. */
    public record Value(BigDecimal current, BigDecimal prior) {
    }

    private final Map<String, List<Value>> concepts = new LinkedHashMap<>();
    private final Map<String, List<Value>> classes = new HashMap<>();
    private final Map<String, List<Value>> items = new HashMap<>();
    private final int budgetYear;

    private ProjectFigures(int budgetYear) {
        this.budgetYear = budgetYear;
    }

    /** Copies the figures of the department as a whole. Reads the model: call on the thread that owns it. */
    public static ProjectFigures of(Department department) {
        ProjectFigures figures = new ProjectFigures(department.budgetYear().get());
        Unit unit = department.consolidated();
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        FunctionalGroup total = unit.functional().total();
        FunctionalGroup general = unit.functional().bySource(FundingSource.GENERAL_PUBLIC_BUDGET);
        BigDecimal[] fiscal = fiscalSpending(unit);
        figures.concept("incomeTotal", unit.income().total(), unit.income().currentYearIncome());
        figures.concept("fiscalIncome", unit.income().fiscalAppropriation(),
                unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET));
        // 财政拨款收支总预算 includes the appropriations carried over (财政拨款结转)
        figures.put("fiscalIncome", unit.income().fiscalAppropriation().current().get()
                .add(unit.income().group(IncomeGroup.FISCAL_CARRY_OVER).current().get()), fiscal[0]);
        figures.concept("generalPublicIncome", unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), general);
        figures.concept("expenditureTotal", total, general);
        figures.put("expenditureTotal", fiscal[0]);
        figures.put("basic", total.basic().get(), general.basic().get(), fiscal[1]);
        figures.put("personnel", total.personnel().get(), general.personnel().get(), fiscal[2]);
        figures.put("publicCosts", total.publicCosts().get(), general.publicCosts().get(), fiscal[3]);
        figures.put("project", total.project().get(), general.project().get(), fiscal[4]);
        ThreePublicExpenses three = unit.threePublic();
        figures.concept("threePublic", three.total(), three.fiscal().total());
        figures.concept("overseasTravel", three.overseasTravel());
        figures.concept("reception", three.reception());
        figures.concept("vehicles", three.vehicles());
        figures.concept("vehiclePurchase", three.vehiclePurchase());
        figures.concept("vehicleOperation", three.vehicleOperation());
        figures.concept("operatingCosts", unit.operatingCosts());
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (FunctionalLine line : unit.functional().lines()) {
            String code = line.itemCode();
            boolean isGeneral = line.source() == FundingSource.GENERAL_PUBLIC_BUDGET;
            for (String level : List.of(code.substring(0, 3), code.substring(0, 5), code)) {
                BigDecimal[] sum = sums.computeIfAbsent(level, k -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(line.total().get());
                sum[1] = Amounts.plusKnown(sum[1], line.prior().get());
                if (isGeneral) {
                    sum[2] = sum[2].add(line.total().get());
                    sum[3] = Amounts.plusKnown(sum[3], line.prior().get());
                }
            }
        }
        ClassNames names = new ClassNames(department.budgetYear().get());
        for (Map.Entry<String, BigDecimal[]> entry : sums.entrySet()) {
            String code = entry.getKey();
            BigDecimal[] sum = entry.getValue();
            List<Value> values = List.of(new Value(sum[0], sum[1]), new Value(sum[2], sum[3]));
            if (code.length() == 3) {
                figures.classes.put(code, values);
            } else {
                String className = names.key(catalog.nameOf(CodeKind.FUNCTIONAL, code.substring(0, 3)));
                figures.items.put(className + "|" + bare(catalog.nameOf(CodeKind.FUNCTIONAL, code)) + "|"
                        + code.length(), values);
            }
        }
        return figures;
    }

    /** Spending paid from fiscal appropriations (财政拨款): total, basic, personnel, public costs, project. */
    private static BigDecimal[] fiscalSpending(Unit unit) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (FunctionalLine line : unit.functional().lines()) {
            if (line.source().isFiscalAppropriation()) {
                sums[0] = sums[0].add(line.total().get());
                sums[1] = sums[1].add(line.basic().get());
                sums[2] = sums[2].add(line.personnel().get());
                sums[3] = sums[3].add(line.publicCosts().get());
                sums[4] = sums[4].add(line.project().get());
            }
        }
        return sums;
    }

    public int budgetYear() {
        return budgetYear;
    }

    List<Value> concept(String concept) {
        return concepts.getOrDefault(concept, List.of());
    }

    /** A functional 类 by its key (see {@link ClassNames#key}). */
    List<Value> functionalClass(String key) {
        return classes.getOrDefault(key, List.of());
    }

    /** A 项 (length 7) or 款 (length 5) by its 类's key and its name. */
    List<Value> item(String classKey, String name, int codeLength) {
        return items.getOrDefault(classKey + "|" + bare(name) + "|" + codeLength, List.of());
    }

    static String bare(String name) {
        return name.replaceAll("[\\s“”\"()（）]", "");
    }

    private void concept(String concept, Compared... figures) {
        for (Compared figure : figures) {
            concepts.computeIfAbsent(concept, k -> new ArrayList<>())
                    .add(new Value(figure.current().getValue(), figure.prior().getValue()));
        }
    }

    private void put(String concept, BigDecimal... values) {
        for (BigDecimal value : values) {
            concepts.computeIfAbsent(concept, k -> new ArrayList<>()).add(new Value(value, null));
        }
    }
}
