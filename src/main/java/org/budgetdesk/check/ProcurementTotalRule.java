package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Procurement;

/** X12: 政府采购 = 货物 + 工程 + 服务. */
final class ProcurementTotalRule extends UnitRule {
    ProcurementTotalRule() {
        super("X12");
    }

    @Override
    void check(Scope scope) {
        Procurement procurement = scope.unit().procurement();
        BigDecimal goods = procurement.goods().get();
        BigDecimal works = procurement.works().get();
        BigDecimal services = procurement.services().get();
        BigDecimal total = procurement.total().get();
        BigDecimal parts = goods.add(works).add(services);
        if (total.compareTo(parts) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.OTHER, null, "procurement"), "X12.total",
                    RuleText.wan(total), RuleText.wan(goods), RuleText.wan(works), RuleText.wan(services),
                    RuleText.gap(total.subtract(parts)));
        }
    }
}
