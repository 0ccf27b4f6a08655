package org.budgetdesk.model;

import java.util.Map;

/**
 * Whether an economic 款 of basic expenditure counts as 人员经费 or 公用经费 (REFERENCE §5): classes 301 and 303 are
 * personnel costs; 302 and everything else in basic expenditure (some templates put 310 items there) are public costs.
 */
public enum BasicCostCategory {
    PERSONNEL, PUBLIC;

    private static final Map<String, BasicCostCategory> BY_CLASS = Map.of(
            "301", PERSONNEL,
            "302", PUBLIC,
            "303", PERSONNEL);

    /** The category of an economic code (3 or 5 digits), by its class. */
    public static BasicCostCategory ofEconomicCode(String code) {
        return BY_CLASS.getOrDefault(code.substring(0, 3), PUBLIC);
    }
}
