package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;

/**
 * X10: “三公”经费 = 出国 + 车 + 接待, and 车 = 购置 + 运行, this year and last; and what 政府性基金, 国有资本经营 and other
 * money pay of a part is no more than the part (一般公共预算 pays the rest, which cannot be negative).
 */
final class ThreePublicTotalsRule extends UnitRule {
    private static final Map<ThreePublicPart, String> FIELDS = Map.of(
            ThreePublicPart.OVERSEAS_TRAVEL, "overseasTravel", ThreePublicPart.RECEPTION, "reception",
            ThreePublicPart.VEHICLE_PURCHASE, "vehiclePurchase", ThreePublicPart.VEHICLE_OPERATION, "vehicleOperation");

    ThreePublicTotalsRule() {
        super("X10");
    }

    @Override
    void check(Scope scope) {
        ThreePublicExpenses expenses = scope.unit().threePublic();
        check(scope, expenses, "term.current", Compared::current);
        check(scope, expenses, "term.prior", Compared::prior);
        checkFunds(scope, expenses, "term.current", Compared::current);
        checkFunds(scope, expenses, "term.prior", Compared::prior);
    }

    private static void checkFunds(Scope scope, ThreePublicExpenses expenses, String year,
                                   Function<Compared, ObservableValue<BigDecimal>> figure) {
        for (ThreePublicPart part : ThreePublicPart.values()) {
            BigDecimal left = figure.apply(expenses.share(Fund.GENERAL_PUBLIC_BUDGET).part(part)).getValue();
            if (left != null && left.signum() < 0) {
                BigDecimal whole = figure.apply(expenses.part(part)).getValue();
                scope.report(Severity.ERROR, scope.at(DisclosureSection.THREE_PUBLIC, null, FIELDS.get(part)),
                        "X10.funds", RuleText.term(year), RuleText.term("figure." + FIELDS.get(part)),
                        RuleText.wan(whole.subtract(left)), RuleText.wan(whole), RuleText.gap(left));
            }
        }
    }

    private static void check(Scope scope, ThreePublicExpenses expenses, String year,
                              Function<Compared, ObservableValue<BigDecimal>> figure) {
        BigDecimal purchase = figure.apply(expenses.vehiclePurchase()).getValue();
        BigDecimal operation = figure.apply(expenses.vehicleOperation()).getValue();
        BigDecimal vehicles = figure.apply(expenses.vehicles()).getValue();
        if (vehicles == null) {
            return; // a prior that is not published: the subtotal and the total over it are not known
        }
        if (vehicles.compareTo(purchase.add(operation)) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.THREE_PUBLIC, null, "vehicles"), "X10.vehicles",
                    RuleText.term(year), RuleText.wan(vehicles), RuleText.wan(purchase), RuleText.wan(operation),
                    RuleText.gap(vehicles.subtract(purchase).subtract(operation)));
        }
        BigDecimal travel = figure.apply(expenses.overseasTravel()).getValue();
        BigDecimal reception = figure.apply(expenses.reception()).getValue();
        BigDecimal total = figure.apply(expenses.total()).getValue();
        if (total == null) {
            return;
        }
        BigDecimal parts = travel.add(reception).add(purchase).add(operation);
        if (total.compareTo(parts) != 0) {
            scope.report(Severity.ERROR, scope.at(DisclosureSection.THREE_PUBLIC, null, "total"), "X10.total",
                    RuleText.term(year), RuleText.wan(total), RuleText.wan(travel),
                    RuleText.wan(purchase.add(operation)), RuleText.wan(reception), RuleText.gap(total.subtract(parts)));
        }
    }
}
