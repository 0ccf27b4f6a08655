package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * A live total of some amounts, kept up to date by deltas: when a part changes from {@code a} to {@code b}
 * the total moves by {@code b - a}. An edit therefore costs one addition per total above it, never a
 * re-summation of its siblings. BigDecimal addition is exact, so the total always equals the sum of its parts.
 */
public final class AmountSum extends ReadOnlyObjectPropertyBase<BigDecimal> {
    private final Map<ObservableValue<BigDecimal>, ChangeListener<BigDecimal>> parts = new IdentityHashMap<>();
    private final String name;
    private BigDecimal value = Amounts.ZERO;

    public AmountSum(String name) {
        this.name = name;
    }

    /** A total of the given parts. */
    @SafeVarargs
    public static AmountSum of(String name, ObservableValue<BigDecimal>... parts) {
        AmountSum sum = new AmountSum(name);
        for (ObservableValue<BigDecimal> part : parts) {
            sum.add(part);
        }
        return sum;
    }

    /** Adds a part; adding the same part twice is an error. */
    public void add(ObservableValue<BigDecimal> part) {
        ChangeListener<BigDecimal> listener = (obs, before, after) ->
                shift(Amounts.orZero(after).subtract(Amounts.orZero(before)));
        if (parts.putIfAbsent(part, listener) != null) {
            throw new IllegalArgumentException("part already in " + name);
        }
        part.addListener(listener);
        shift(Amounts.orZero(part.getValue()));
    }

    /** Removes a part; its amount leaves the total. */
    public void remove(ObservableValue<BigDecimal> part) {
        ChangeListener<BigDecimal> listener = parts.remove(part);
        if (listener == null) {
            throw new IllegalArgumentException("not a part of " + name);
        }
        part.removeListener(listener);
        shift(Amounts.orZero(part.getValue()).negate());
    }

    /** How many parts this total has. */
    public int size() {
        return parts.size();
    }

    private void shift(BigDecimal delta) {
        if (delta.signum() == 0) {
            return;
        }
        value = value.add(delta);
        fireValueChangedEvent();
    }

    @Override
    public BigDecimal get() {
        return value;
    }

    @Override
    public Object getBean() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }
}
