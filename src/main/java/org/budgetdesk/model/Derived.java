package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.function.BiFunction;
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
        return new Lazy<>(current, prior, Derived::yearOnYearOf);
    }

    /** part / whole, recomputed when either changes; undefined while the whole is zero. */
    public static ObjectBinding<Ratio> share(ObservableValue<BigDecimal> part, ObservableValue<BigDecimal> whole) {
        return new Lazy<>(part, whole, Derived::shareOf);
    }

    private static YearOnYear yearOnYearOf(BigDecimal current, BigDecimal prior) {
        return new YearOnYear(Amounts.orZero(current), prior);
    }

    private static Ratio shareOf(BigDecimal part, BigDecimal whole) {
        return new Ratio(Amounts.orZero(part), Amounts.orZero(whole));
    }

    /** A binding of two amounts that observes them from its first read; a named class, as there are many. */
    private static final class Lazy<T> extends ObjectBinding<T> {
        private final ObservableValue<BigDecimal> first;
        private final ObservableValue<BigDecimal> second;
        private final BiFunction<BigDecimal, BigDecimal, T> compute;
        private boolean observing;

        Lazy(ObservableValue<BigDecimal> first, ObservableValue<BigDecimal> second,
             BiFunction<BigDecimal, BigDecimal, T> compute) {
            this.first = first;
            this.second = second;
            this.compute = compute;
        }

        @Override
        protected T computeValue() {
            if (!observing) {
                observing = true;
                bind(first, second);
            }
            return compute.apply(first.getValue(), second.getValue());
        }

        @Override
        public ObservableList<?> getDependencies() {
            return FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(first, second));
        }

        @Override
        public void dispose() {
            if (observing) {
                unbind(first, second);
            }
        }
    }
}
