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
 *
 * <p>A part may be {@code null}: not published (未公开), which is not zero. A total with such a part is not known
 * either, so its value is {@code null} while any part is; the published parts are still summed underneath, so the
 * total comes back by itself when the last missing part is entered.
 */
public final class AmountSum extends ReadOnlyObjectPropertyBase<BigDecimal> {
    private final Map<ObservableValue<BigDecimal>, ChangeListener<BigDecimal>> parts = new IdentityHashMap<>();
    private final String name;
    private BigDecimal published = Amounts.ZERO;
    private int unpublished;

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
        ChangeListener<BigDecimal> listener = (obs, before, after) -> replace(before, after);
        if (parts.putIfAbsent(part, listener) != null) {
            throw new IllegalArgumentException("part already in " + name);
        }
        part.addListener(listener);
        replace(Amounts.ZERO, part.getValue());
    }

    /** Removes a part; its amount leaves the total. */
    public void remove(ObservableValue<BigDecimal> part) {
        ChangeListener<BigDecimal> listener = parts.remove(part);
        if (listener == null) {
            throw new IllegalArgumentException("not a part of " + name);
        }
        part.removeListener(listener);
        replace(part.getValue(), Amounts.ZERO);
    }

    /** How many parts this total has. */
    public int size() {
        return parts.size();
    }

    /** True when every part is published, so the total is known. */
    public boolean isPublished() {
        return unpublished == 0;
    }

    /** Moves the total from a part's old value to its new one; either may be null (not published). */
    private void replace(BigDecimal before, BigDecimal after) {
        BigDecimal old = get();
        unpublished += (after == null ? 1 : 0) - (before == null ? 1 : 0);
        published = published.add(Amounts.orZero(after)).subtract(Amounts.orZero(before));
        BigDecimal now = get();
        if (old == null ? now != null : now == null || old.compareTo(now) != 0) {
            fireValueChangedEvent();
        }
    }

    /** The sum of the parts, or {@code null} while a part is not published. */
    @Override
    public BigDecimal get() {
        return unpublished == 0 ? published : null;
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
