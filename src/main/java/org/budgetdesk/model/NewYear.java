package org.budgetdesk.model;

/**
 * Starts next year's budget from this year's: the same department, units, lines and texts, with every
 * current-year figure moved into the prior-year column and the current year left at zero for the user to enter.
 *
 * <p>What is carried over and what is cleared:
 * <ul>
 *   <li>kept: name, parent department, kind, comparison basis, custom codes, units (names and order), functional
 *   and economic lines (codes, sources, purposes), performance projects (name, code, goals), unit texts, the
 *   reception plan, vehicles and large equipment held (they are stock), the assets note;</li>
 *   <li>moved to prior: a functional line's total, an economic line's current, each income source, each “三公”
 *   part and 机关运行经费;</li>
 *   <li>zero or empty: every current figure, the reasons for changes (they explain last year's change), the
 *   project note, procurement, planned purchases, performance project amounts.</li>
 * </ul>
 * The budget year is one more. The previous department is only read.
 */
public final class NewYear {
    private NewYear() {
    }

    /** Next year's department, built from last year's. */
    public static Department from(Department lastYear) {
        Department next = new Department(lastYear.name().get(), lastYear.budgetYear().get() + 1);
        next.parentDepartment().set(lastYear.parentDepartment().get());
        next.kind().set(lastYear.kind().get());
        next.comparisonBasis().set(lastYear.comparisonBasis().get());
        next.sectionComparisonBases().putAll(lastYear.sectionComparisonBases());
        next.basicCostMapping().overrides().putAll(lastYear.basicCostMapping().overrides());
        next.customFunctionalCodes().putAll(lastYear.customFunctionalCodes());
        next.customEconomicCodes().putAll(lastYear.customEconomicCodes());
        for (int i = 0; i < lastYear.units().size(); i++) {
            Unit previous = lastYear.units().get(i);
            Unit unit = i == 0 ? next.ownUnit() : new Unit(previous.name().get());
            unit.name().set(previous.name().get());
            carryOver(previous, unit);
            if (i > 0) {
                next.units().add(unit);
            }
        }
        return next;
    }

    private static void carryOver(Unit previous, Unit unit) {
        for (FundingSource source : FundingSource.values()) {
            roll(previous.income().source(source), unit.income().source(source));
        }
        for (FunctionalLine line : previous.functional().lines()) {
            FunctionalLine copy = new FunctionalLine(line.itemCode(), line.source());
            copy.prior().set(Amounts.orZero(line.total().get()));
            copy.purpose().set(line.purpose().get());
            unit.functional().add(copy);
        }
        for (EconomicLine line : previous.economic().lines()) {
            EconomicLine copy = new EconomicLine(line.itemCode());
            copy.prior().set(Amounts.orZero(line.current().get()));
            unit.economic().add(copy);
        }
        ThreePublicExpenses threePublic = previous.threePublic();
        for (ThreePublicPart part : ThreePublicPart.values()) {
            roll(threePublic.part(part), unit.threePublic().part(part));
            for (Fund fund : Fund.values()) {
                if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                    roll(threePublic.entered(fund, part), unit.threePublic().entered(fund, part));
                }
            }
        }
        unit.threePublic().receptionPlan().set(threePublic.receptionPlan().get());
        roll(previous.operatingCosts(), unit.operatingCosts());
        carryAssets(previous.assets(), unit.assets());
        for (PerformanceProject project : previous.performance().projects()) {
            PerformanceProject copy = new PerformanceProject();
            copy.name().set(project.name().get());
            copy.functionalCode().set(project.functionalCode().get());
            copy.goals().set(project.goals().get());
            project.indicators().forEach(indicator -> copy.indicators().add(copyOf(indicator)));
            unit.performance().add(copy);
        }
        unit.texts().functions().setAll(previous.texts().functions());
        unit.texts().keyTasks().setAll(previous.texts().keyTasks());
        unit.texts().appropriationPurpose().set(previous.texts().appropriationPurpose().get());
        unit.performance().overallGoals().set(previous.performance().overallGoals().get());
        previous.performance().overallIndicators()
                .forEach(indicator -> unit.performance().overallIndicators().add(copyOf(indicator)));
    }

    private static PerformanceIndicator copyOf(PerformanceIndicator indicator) {
        PerformanceIndicator copy = new PerformanceIndicator();
        copy.level1().set(indicator.level1().get());
        copy.level2().set(indicator.level2().get());
        copy.level3().set(indicator.level3().get());
        copy.value().set(indicator.value().get());
        return copy;
    }

    /** Last year's current becomes the prior; current stays zero and the reason empty. */
    private static void roll(ComparedAmount previous, ComparedAmount next) {
        next.prior().set(Amounts.orZero(previous.current().get()));
    }

    private static void carryAssets(StateAssets previous, StateAssets next) {
        for (VehicleUse use : VehicleUse.values()) {
            next.vehicles(use).set(previous.vehicles(use).get());
        }
        next.largeEquipment().set(previous.largeEquipment().get());
        next.note().set(previous.note().get());
    }
}
