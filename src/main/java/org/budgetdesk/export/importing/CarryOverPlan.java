package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.Unit;

/**
 * 上年结转 by unit when the unit table gives it as one figure and only the department's 财政拨款结转 is split by
 * appropriation (四川 表1-1 and 表2). When the project's units already hold those figures, nothing changes; else the
 * department's 财政拨款结转 is given to the units in order, up to each unit's 上年结转, the rest 非财政拨款结转.
 */
final class CarryOverPlan {
    private static final List<FundingSource> CARRY_OVERS = IncomeGroup.CARRY_OVER.sources();

    private CarryOverPlan() {
    }

    static void plan(ImportedFigures figures, List<Unit> allUnits, Function<String, Unit> unitNamed,
                     boolean prior, PlanChanges changes) {
        if (figures.unitCarryOver.isEmpty() || consistent(figures, allUnits, prior)) {
            return;
        }
        Map<FundingSource, BigDecimal> left = new EnumMap<>(figures.fiscalCarryOver);
        figures.unitCarryOver.forEach((name, carried) -> {
            Unit unit = unitNamed.apply(name);
            BigDecimal rest = carried;
            for (FundingSource source : CARRY_OVERS) {
                BigDecimal amount;
                if (source == FundingSource.NON_FISCAL_CARRY_OVER) {
                    amount = rest;
                } else {
                    amount = left.getOrDefault(source, BigDecimal.ZERO).min(rest);
                    left.put(source, left.getOrDefault(source, BigDecimal.ZERO).subtract(amount));
                    rest = rest.subtract(amount);
                }
                var figure = unit.income().source(source);
                changes.set(name, "import.figure.income", source.officialName(),
                        prior ? figure.prior() : figure.current(), amount.setScale(2), prior);
            }
        });
    }

    /** Whether each unit's 上年结转 and the department's 财政拨款结转 are already the workbook's. */
    private static boolean consistent(ImportedFigures figures, List<Unit> units, boolean prior) {
        for (Map.Entry<String, BigDecimal> entry : figures.unitCarryOver.entrySet()) {
            Unit unit = units.stream().filter(u -> u.name().get().equals(entry.getKey())).findFirst().orElse(null);
            if (unit == null || !PlanChanges.same(sum(unit, CARRY_OVERS, prior), entry.getValue())) {
                return false;
            }
        }
        for (FundingSource source : CARRY_OVERS) {
            if (source.fiscalFund() != null) {
                BigDecimal all = BigDecimal.ZERO;
                for (Unit unit : units) {
                    all = PlanChanges.plus(all, sum(unit, List.of(source), prior));
                }
                if (!PlanChanges.same(all, figures.fiscalCarryOver.getOrDefault(source, BigDecimal.ZERO))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BigDecimal sum(Unit unit, List<FundingSource> sources, boolean prior) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingSource source : sources) {
            var figure = unit.income().source(source);
            sum = PlanChanges.plus(sum, prior ? figure.prior().get() : figure.current().get());
        }
        return sum;
    }
}
