package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/**
 * A figure that is what is left of a whole once other figures are taken out, current and prior, live: the
 * 一般公共预算 share of “三公”经费 is the whole less what 政府性基金, 国有资本经营 and other money pay. A prior not published
 * on either side leaves the remainder's prior not published.
 */
final class Remainder implements Compared {
    private final ObjectBinding<BigDecimal> current;
    private final ObjectBinding<BigDecimal> prior;
    private final ObjectBinding<YearOnYear> yearOnYear;

    Remainder(Compared whole, List<? extends Compared> taken) {
        current = difference(whole.current(), taken.stream().map(Compared::current).toList());
        prior = difference(whole.prior(), taken.stream().map(Compared::prior).toList());
        yearOnYear = Derived.yearOnYear(current, prior);
    }

    private static ObjectBinding<BigDecimal> difference(ObservableValue<BigDecimal> whole,
                                                        List<ObservableValue<BigDecimal>> taken) {
        List<Observable> dependencies = new ArrayList<>(taken);
        dependencies.add(whole);
        return Bindings.createObjectBinding(() -> {
            BigDecimal left = whole.getValue();
            for (ObservableValue<BigDecimal> part : taken) {
                left = left == null || part.getValue() == null ? null : left.subtract(part.getValue());
            }
            return left;
        }, dependencies.toArray(Observable[]::new));
    }

    @Override
    public ObservableValue<BigDecimal> current() {
        return current;
    }

    @Override
    public ObservableValue<BigDecimal> prior() {
        return prior;
    }

    @Override
    public ObservableValue<YearOnYear> yearOnYear() {
        return yearOnYear;
    }
}
