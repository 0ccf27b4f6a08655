package org.budgetdesk.check;

import java.util.Objects;
import org.budgetdesk.model.DisclosureSection;

/**
 * Where a finding is: the tab (section), the unit, and the row.
 *
 * @param section   the workbench tab the figure is entered on (the same sections comments and differences name)
 * @param unitIndex the unit's position in {@code Department.units()}, or {@link #CONSOLIDATED} for 部门汇总
 * @param unitName  the unit's name when it was checked (the department's name for 部门汇总)
 * @param code      a classification code (functional 类/款/项 or economic 类/款), or null
 * @param field     the figure or text within the section, dotted, or null when the code says it all.
 *                  INCOME: a source's name ({@code GENERAL_PUBLIC_BUDGET}), with {@code .reason} for its reason;
 *                  {@code currentYearIncome}, {@code fiscalAppropriation}, {@code total}.
 *                  FUNCTIONAL, with a code: null for the 类/款/项 row, a source's name for one line of the 项, or
 *                  {@code SOURCE.purpose} for its purpose; without a code: {@code total} or a source's name (the
 *                  lines it funds).
 *                  ECONOMIC, with a code: null (the class or 款 row); without: {@code total}, {@code personnel},
 *                  {@code publicCosts}.
 *                  THREE_PUBLIC: {@code overseasTravel}, {@code reception}, {@code vehiclePurchase},
 *                  {@code vehicleOperation}, each with {@code .reason} for its reason; {@code vehicles}, {@code total},
 *                  {@code reason} (the total's), {@code receptionPlan}.
 *                  OTHER: {@code operatingCosts} (with {@code .reason}), {@code procurement}, {@code assets.note},
 *                  {@code projects}, {@code projects.N} (with {@code .name} or {@code .goals}), N from 0.
 *                  OVERVIEW: {@code functions.N}, {@code keyTasks.N}, {@code appropriationPurpose}.
 */
public record Location(DisclosureSection section, int unitIndex, String unitName, String code, String field) {
    /** The unit index of the consolidated department (部门汇总). */
    public static final int CONSOLIDATED = -1;

    public Location {
        Objects.requireNonNull(section, "section");
        unitName = unitName == null ? "" : unitName;
    }

    /** True for a finding about 部门汇总 rather than one unit. */
    public boolean isConsolidated() {
        return unitIndex == CONSOLIDATED;
    }
}
