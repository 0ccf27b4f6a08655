package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/** Lazy bindings for the figures derived from two amounts: year-on-year comparisons and shares. */
public final class Derived {
    private Derived() {
    }

    /** current against prior, recomputed when either changes. */
    public static ObjectBinding<YearOnYear> yearOnYear(ObservableValue<BigDecimal> current,
                                                       ObservableValue<BigDecimal> prior) {
        return Bindings.createObjectBinding(
                () -> new YearOnYear(Amounts.orZero(current.getValue()), Amounts.orZero(prior.getValue())),
                current, prior);
    }

    /** part / whole, recomputed when either changes; undefined while the whole is zero. */
    public static ObjectBinding<Ratio> share(ObservableValue<BigDecimal> part, ObservableValue<BigDecimal> whole) {
        return Bindings.createObjectBinding(
                () -> new Ratio(Amounts.orZero(part.getValue()), Amounts.orZero(whole.getValue())),
                part, whole);
    }
}
