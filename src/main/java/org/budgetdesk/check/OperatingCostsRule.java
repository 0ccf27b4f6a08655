package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;

/** X14: 机关运行经费 ≤ 公用经费 (REFERENCE §5: it is part of the public costs). */
final class OperatingCostsRule extends UnitRule {
    OperatingCostsRule() {
        super("X14");
    }

    @Override
    void check(Scope scope) {
        BigDecimal operating = scope.unit().operatingCosts().current().get();
        BigDecimal publicCosts = scope.unit().functional().total().publicCosts().get();
        if (operating.compareTo(publicCosts) > 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.OTHER, null, "operatingCosts"),
                    "X14.overPublicCosts", RuleText.wan(operating), RuleText.wan(publicCosts),
                    RuleText.gap(operating.subtract(publicCosts)));
        }
    }
}
