package org.budgetdesk;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.RegionRules;
import org.budgetdesk.region.Region;

/**
 * Reads a region's 人员经费/公用经费 exceptions for the model ({@link RegionRules}): {@code basicCost.overrides} in its
 * region.properties, 5-digit economic codes each with the category it counts in, separated by spaces or commas
 * ({@code 30229:PERSONNEL 30399:PUBLIC}). A region without the setting, a blank region (the default one) without it,
 * and a region this build does not know follow the national rule. Read once per region.
 */
final class RegionBasicCosts {
    static final String SETTING = "basicCost.overrides";
    private static final Map<String, Map<String, BasicCostCategory>> READ = new ConcurrentHashMap<>();

    private RegionBasicCosts() {
    }

    /** Makes every department follow its region's rule from now on. */
    static void install() {
        RegionRules.use(RegionBasicCosts::of);
    }

    /**
     * The region's exceptions, by code.
     *
     * @throws IllegalStateException naming the file when the setting is malformed
     */
    static Map<String, BasicCostCategory> of(String region) {
        return READ.computeIfAbsent(region, name -> {
            Optional<Region> found = name.isBlank() ? Region.find(Region.DEFAULT) : Region.find(name);
            return found.map(RegionBasicCosts::parse).orElse(Map.of());
        });
    }

    private static Map<String, BasicCostCategory> parse(Region region) {
        Map<String, BasicCostCategory> rule = new TreeMap<>();
        for (String entry : region.setting(SETTING, "").strip().split("[\\s,，]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":");
            if (parts.length != 2 || !parts[0].matches("[0-9]{5}")) {
                throw malformed(region, entry);
            }
            try {
                rule.put(parts[0], BasicCostCategory.valueOf(parts[1]));
            } catch (IllegalArgumentException e) {
                throw malformed(region, entry);
            }
        }
        return Map.copyOf(rule);
    }

    private static IllegalStateException malformed(Region region, String entry) {
        return new IllegalStateException(region.path("region.properties") + ": " + SETTING + " lists 5-digit economic"
                + " codes each with PERSONNEL or PUBLIC (30229:PERSONNEL), not " + entry);
    }
}
