package org.budgetdesk.model;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a region's folder says that the model itself must follow: for now, the economic 款 a region counts against the
 * national rule for 人员经费/公用经费 ({@code basicCost.overrides} in its region.properties). The model cannot read
 * the folders, so the application installs the lookup at start ({@code Launcher}); until then, and in tests that do
 * not install one, every region follows the national rule.
 */
public final class RegionRules {
    private static volatile Function<String, Map<String, BasicCostCategory>> basicCosts = region -> Map.of();

    private RegionRules() {
    }

    /** Installs the lookup (region name → its exceptions by 5-digit code) until the handle is closed. */
    public static Installed use(Function<String, Map<String, BasicCostCategory>> lookup) {
        Function<String, Map<String, BasicCostCategory>> previous = basicCosts;
        basicCosts = Objects.requireNonNull(lookup, "lookup");
        return () -> basicCosts = previous;
    }

    /** Undoes {@link #use}. */
    public interface Installed extends AutoCloseable {
        @Override
        void close();
    }

    /** The region's exceptions to the national rule; none for an unknown region or {@code ""}. */
    static Map<String, BasicCostCategory> basicCosts(String region) {
        return basicCosts.apply(region == null ? "" : region);
    }
}
