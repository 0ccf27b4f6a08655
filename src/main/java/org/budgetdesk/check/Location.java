package org.budgetdesk.check;

/**
 * Where a finding is: the tab (section), the unit, and the row.
 *
 * @param section   the workbench tab the figure is entered on
 * @param unitIndex the unit's position in {@code Department.units()}, or {@link #CONSOLIDATED} for 部门汇总
 * @param unitName  the unit's name when it was checked (the department's name for 部门汇总)
 * @param code      a classification code (functional 类/款/项 or economic 类/款), or null
 * @param field     the figure or text within the section, dotted, or null when the code says it all:
 *                  INCOME {@code GENERAL_PUBLIC_BUDGET[.reason]}, {@code currentYearIncome}, {@code total},
 *                  {@code fiscalAppropriation}; FUNCTIONAL a funding source name for one line (with the code),
 *                  {@code purpose}; THREE_PUBLIC {@code overseasTravel}, {@code reception}, {@code vehiclePurchase},
 *                  {@code vehicleOperation}, {@code vehicles}, {@code total} (each may end in {@code .reason}),
 *                  {@code reason}, {@code receptionPlan}; OTHER {@code operatingCosts[.reason]}, {@code procurement},
 *                  {@code assets.vehicles}, {@code assets.note}, {@code projects.N[.name|.goals]};
 *                  OVERVIEW {@code functions.N}, {@code keyTasks.N}, {@code appropriationPurpose}
 */
public record Location(Section section, int unitIndex, String unitName, String code, String field) {
    /** The unit index of the consolidated department (部门汇总). */
    public static final int CONSOLIDATED = -1;

    /** The workbench tabs, in their order. */
    public enum Section { OVERVIEW, INCOME, FUNCTIONAL, ECONOMIC, THREE_PUBLIC, OTHER }

    public Location {
        java.util.Objects.requireNonNull(section, "section");
        unitName = unitName == null ? "" : unitName;
    }

    /** True for a finding about 部门汇总 rather than one unit. */
    public boolean isConsolidated() {
        return unitIndex == CONSOLIDATED;
    }
}
