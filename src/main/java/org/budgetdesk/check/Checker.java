package org.budgetdesk.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;

/**
 * Runs the rules over a department: each unit, then 部门汇总 (when there are subordinate units). A finding about
 * 部门汇总 that a unit already has word for word (the own unit's texts, say) is left out. Findings come sorted by
 * section (tab order), then severity, then unit, then rule order.
 *
 * <p>Reads the model only, on the thread that owns it (the JavaFX thread in the workbench).
 */
public final class Checker {
    private static final List<Rule> DEFAULT_RULES = List.of(
            new IncomeMatchesExpenditureRule(), new IncomeTotalsRule(), new ExpenditureTotalRule(),
            new RowTotalsRule(), new FunctionalSubtotalsRule(), new EconomicTotalsRule(),
            new BasicMatchesEconomicRule(), new FiscalAppropriationRule(), new ThreePublicTotalsRule(),
            new EmptyTableRule(), new ProcurementTotalRule(), new PerformanceTargetsRule(), new OperatingCostsRule(),
            new FigurePartsRule(),
            new YearInTextRule(), new PlaceholderRule(), new ChangeReasonRule(),
            new VehicleRunningCostRule(), new SharpGrowthRule(), new PriorYearMissingRule(), new CatalogCodeRule(),
            new SourceBalanceRule());
    /** The order findings are listed in: by tab, then severity (errors first), then unit (部门汇总 last). */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding finding) -> finding.location().section())
            .thenComparing(Finding::severity)
            .thenComparingInt(finding -> finding.location().isConsolidated()
                    ? Integer.MAX_VALUE : finding.location().unitIndex());

    private final List<Rule> rules;

    /** A checker with every rule. */
    public Checker() {
        this(DEFAULT_RULES);
    }

    /** A checker with these rules, in this order. */
    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules, in the order they run: X1…X15, N7…N10, P1…P5. */
    public List<Rule> rules() {
        return rules;
    }

    /** Checks a department against the code lists of its budget year and its own custom codes. */
    public List<Finding> check(Department department) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes())
                    .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        return check(department, catalog);
    }

    /** Checks a department against a catalog (the workbench passes its cached one). */
    public List<Finding> check(Department department, Catalog catalog) {
        return start(department, catalog).finish().findings();
    }

    /**
     * A check of the department against a catalog that runs when its caller advances it, a few units at a time (the
     * workbench's way with a large department). Plans the steps from the model: call on the thread that owns it.
     */
    public CheckRun start(Department department, Catalog catalog) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(catalog, "catalog");
        return new CheckRun(department, catalog, rules);
    }

    /**
     * The errors of a department, as {@link #check(Department)} finds them, from the rules that can find one: what an
     * export asks, in less time than every check.
     */
    public List<Finding> errors(Department department) {
        return new Checker(rules.stream().filter(Rule::findsErrors).toList()).check(department).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    /** True when any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
