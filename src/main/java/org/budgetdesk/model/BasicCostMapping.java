package org.budgetdesk.model;

import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Which economic 款 of basic expenditure count as 人员经费 and which as 公用经费, for one project. The national rule
 * ({@link BasicCostCategory#ofEconomicCode}: classes 301 and 303 are personnel, the rest public) holds unless the
 * project overrides a single code: some regions count 30229 福利费 or a 303 item the other way, and their
 * published 人员经费/公用经费 only add up under their own rule.
 */
public final class BasicCostMapping {
    private final ObservableMap<String, BasicCostCategory> overrides = FXCollections.observableMap(new TreeMap<>());

    /** The project's exceptions to the national rule, by 5-digit economic code. Change them through the edits. */
    public ObservableMap<String, BasicCostCategory> overrides() {
        return overrides;
    }

    /** The category of a 5-digit economic code under this project's rule. */
    public BasicCostCategory categoryOf(String itemCode) {
        BasicCostCategory override = overrides.get(itemCode);
        return override != null ? override : BasicCostCategory.ofEconomicCode(itemCode);
    }
}
