package org.budgetdesk.model;

import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Which economic 款 of basic expenditure count as 人员经费 and which as 公用经费, for one project. The national rule
 * ({@link BasicCostCategory#ofEconomicCode}: classes 301 and 303 are personnel, the rest public) holds unless the
 * project's region says otherwise for a code ({@link #regionRule}, data of the region's folder), and the project's
 * own overrides come before both: some regions count 30229 福利费 or a 303 item the other way, and their published
 * 人员经费/公用经费 only add up under their own rule.
 */
public final class BasicCostMapping {
    private final ObservableMap<String, BasicCostCategory> overrides = FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<String, BasicCostCategory> regionRule = FXCollections.observableMap(new TreeMap<>());

    /** The project's exceptions to the national rule, by 5-digit economic code. Change them through the edits. */
    public ObservableMap<String, BasicCostCategory> overrides() {
        return overrides;
    }

    /**
     * The region's exceptions to the national rule, by 5-digit code: kept by the department from its region
     * ({@link RegionRules}); not saved with the project, which saves only its own overrides.
     */
    public ObservableMap<String, BasicCostCategory> regionRule() {
        return regionRule;
    }

    /** The category of a 5-digit economic code: the project's override, else the region's rule, else the nation's. */
    public BasicCostCategory categoryOf(String itemCode) {
        BasicCostCategory override = overrides.get(itemCode);
        if (override != null) {
            return override;
        }
        BasicCostCategory regional = regionRule.get(itemCode);
        return regional != null ? regional : BasicCostCategory.ofEconomicCode(itemCode);
    }
}
