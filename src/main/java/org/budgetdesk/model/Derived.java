package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Lazy bindings for the figures derived from two amounts: year-on-year comparisons and shares.
 *
 * <p>A binding starts observing its amounts when it is first read. Until then it is invalid, as every binding is
 * before its first read, and nobody can miss a change: adding a listener to a binding reads it (JavaFX validates a
 * binding when a listener is added), so a binding with listeners observes from then on. Every line, 款 and 类 has
 * such bindings while a view reads those of one unit: observing from the start made each amount set while loading
 * a 100-unit project notify thousands of bindings nobody had read.
 */
public final class Derived {
    private Derived() {
    }

    /** current against prior, recomputed when either changes; a prior that is not published stays null. */
    public static ObjectBinding<YearOnYear> yearOnYear(ObservableValue<BigDecimal> current,
                                                       ObservableValue<BigDecimal> prior) {
        return lazy(() -> new YearOnYear(Amounts.orZero(current.getValue()), prior.getValue()), current, prior);
    }

    /** part / whole, recomputed when either changes; undefined while the whole is zero. */
    public static ObjectBinding<Ratio> share(ObservableValue<BigDecimal> part, ObservableValue<BigDecimal> whole) {
        return lazy(() -> new Ratio(Amounts.orZero(part.getValue()), Amounts.orZero(whole.getValue())), part, whole);
    }

    private static <T> ObjectBinding<T> lazy(Supplier<T> compute, Observable... dependencies) {
        return new ObjectBinding<>() {
            private boolean observing;

            @Override
            protected T computeValue() {
                if (!observing) {
                    observing = true;
                    bind(dependencies);
                }
                return compute.get();
            }

            @Override
            public ObservableList<?> getDependencies() {
                return FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(dependencies));
            }

            @Override
            public void dispose() {
                if (observing) {
                    unbind(dependencies);
                }
            }
        };
    }
}
