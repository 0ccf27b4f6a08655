package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.ThreePublicExpenses;

/** X10: “三公”经费 = 出国 + 车 + 接待, and 车 = 购置 + 运行, this year and last. */
final class ThreePublicTotalsRule extends UnitRule {
    ThreePublicTotalsRule() {
        super("X10");
    }

    @Override
    void check(Scope scope) {
        ThreePublicExpenses expenses = scope.unit().threePublic();
        check(scope, expenses, "term.current", Compared::current);
        check(scope, expenses, "term.prior", Compared::prior);
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
