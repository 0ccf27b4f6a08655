package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;

/**
 * P1: vehicles and vehicle costs that do not go together: vehicles held but nothing budgeted for running them, a
 * running cost with no vehicle held, a purchase with no vehicle planned.
 */
final class VehicleRunningCostRule extends UnitRule {
    VehicleRunningCostRule() {
        super("P1");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        int vehicles = scope.unit().assets().vehicleTotal().get();
        BigDecimal operation = scope.unit().threePublic().vehicleOperation().current().get();
        if (vehicles > 0 && operation.signum() == 0) {
            scope.report(Severity.WARNING, scope.at(DisclosureSection.THREE_PUBLIC, null, "vehicleOperation"),
                    "P1.noRunningCost", RuleText.count(vehicles), RuleText.wan(operation));
        }
        if (vehicles == 0 && operation.signum() > 0) {
            scope.report(Severity.WARNING, scope.at(DisclosureSection.THREE_PUBLIC, null, "vehicleOperation"),
                    "P1.noVehicles", RuleText.wan(operation));
        }
        BigDecimal purchase = scope.unit().threePublic().vehiclePurchase().current().get();
        if (purchase.signum() > 0 && scope.unit().assets().plannedVehicles().get() == 0) {
            scope.report(Severity.WARNING, scope.at(DisclosureSection.THREE_PUBLIC, null, "vehiclePurchase"),
                    "P1.noPlannedPurchase", RuleText.wan(purchase));
        }
    }
}
