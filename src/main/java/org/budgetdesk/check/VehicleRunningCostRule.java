package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;

/** P1: a unit that holds vehicles but budgets nothing for running them (公务用车运行维护费 0). */
final class VehicleRunningCostRule extends UnitRule {
    VehicleRunningCostRule() {
        super("P1");
    }

    @Override
    void check(Scope scope) {
        int vehicles = scope.unit().assets().vehicleTotal().get();
        BigDecimal operation = scope.unit().threePublic().vehicleOperation().current().get();
        if (vehicles > 0 && operation.signum() == 0) {
            scope.report(Severity.WARNING, scope.at(DisclosureSection.THREE_PUBLIC, null, "vehicleOperation"),
                    "P1.noRunningCost", RuleText.count(vehicles), RuleText.wan(operation));
        }
    }
}
