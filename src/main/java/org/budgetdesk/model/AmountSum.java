package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
 *
 * <p>A budget of 1,000 units holds about half a million of these, so each is small: one listener shared by all its
 * parts, the parts in a plain array, and an identity set only for a total of many parts (a consolidated figure sums
 * one part per unit), so that adding and removing stay constant-time there.
 */
public final class AmountSum extends ReadOnlyObjectPropertyBase<BigDecimal> {
    private static final int INDEXED_FROM = 16;
    private static final ObservableValue<?>[] NO_PARTS = {};

    private final ChangeListener<BigDecimal> onPartChanged = (obs, before, after) -> replace(before, after);
    private final String owner;
    private final String figure;
    /** The parts while there are few; null once {@link #many} holds them. */
    private ObservableValue<?>[] few = NO_PARTS;
    /** The parts as an identity set once there are {@link #INDEXED_FROM} of them; null before. */
    private Set<ObservableValue<?>> many;
    private int size;
    private BigDecimal published = Amounts.ZERO;
    private int unpublished;

    public AmountSum(String name) {
        this(null, name);
    }

    /** A total named {@code owner.figure}, without making that string for each of many totals. */
    AmountSum(String owner, String figure) {
        this.owner = owner;
        this.figure = figure;
    }

    /** A total of the given parts. */
    @SafeVarargs
    public static AmountSum of(String name, ObservableValue<BigDecimal>... parts) {
        return of(new AmountSum(name), parts);
    }

    @SafeVarargs
    static AmountSum of(AmountSum sum, ObservableValue<BigDecimal>... parts) {
        for (ObservableValue<BigDecimal> part : parts) {
            sum.add(part);
        }
        return sum;
    }

    /** Adds a part; adding the same part twice is an error. */
    public void add(ObservableValue<BigDecimal> part) {
        addAll(List.of(part));
    }

    /**
     * Adds parts at once; adding a part already here is an error. The total moves, and its listeners hear of it,
     * once: a department's units added to 部门汇总 while loading cost one change of each consolidated total, not
     * one per unit, each passed up through every total above it.
     */
    public void addAll(List<? extends ObservableValue<BigDecimal>> parts) {
        BigDecimal old = get();
        reserve(size + parts.size());
        try {
            for (ObservableValue<BigDecimal> part : parts) {
                if (!store(part)) {
                    throw new IllegalArgumentException("part already in " + getName());
                }
                size++;
                part.addListener(onPartChanged);
                move(Amounts.ZERO, part.getValue());
            }
        } finally {
            fireIfChanged(old);    // the parts before a refused one stay added, and are heard of
        }
    }

    /** Removes a part; its amount leaves the total. */
    public void remove(ObservableValue<BigDecimal> part) {
        if (!forget(part)) {
            throw new IllegalArgumentException("not a part of " + getName());
        }
        size--;
        part.removeListener(onPartChanged);
        replace(part.getValue(), Amounts.ZERO);
    }

    /** Makes room for {@code parts} parts, switching to the identity set at once when they are many. */
    private void reserve(int parts) {
        if (many == null && parts >= INDEXED_FROM) {
            many = Collections.newSetFromMap(new IdentityHashMap<>(parts));
            many.addAll(Arrays.asList(few).subList(0, size));
            few = null;
        }
    }

    private boolean store(ObservableValue<?> part) {
        if (many != null) {
            return many.add(part);
        }
        if (position(part) >= 0) {
            return false;
        }
        if (size == few.length) {
            few = Arrays.copyOf(few, Math.max(2, size * 2));
        }
        few[size] = part;
        return true;
    }

    private boolean forget(ObservableValue<?> part) {
        if (many != null) {
            return many.remove(part);
        }
        int at = position(part);
        if (at < 0) {
            return false;
        }
        System.arraycopy(few, at + 1, few, at, size - at - 1);
        few[size - 1] = null;
        return true;
    }

    private int position(ObservableValue<?> part) {
        for (int i = 0; i < size; i++) {
            if (few[i] == part) {
                return i;
            }
        }
        return -1;
    }

    /** How many parts this total has. */
    public int size() {
        return size;
    }

    /** True when every part is published, so the total is known. */
    public boolean isPublished() {
        return unpublished == 0;
    }

    /** Moves the total from a part's old value to its new one; either may be null (not published). */
    private void replace(BigDecimal before, BigDecimal after) {
        BigDecimal old = get();
        move(before, after);
        fireIfChanged(old);
    }

    /**
     * Moves the sum underneath from a part's old value to its new one (either may be null: not published), without
     * telling anyone. A zero moves nothing, so adding a zero part makes no new number.
     */
    private void move(BigDecimal before, BigDecimal after) {
        if (after == null) {
            unpublished++;
        } else if (after.signum() != 0) {
            published = published.add(after);
        }
        if (before == null) {
            unpublished--;
        } else if (before.signum() != 0) {
            published = published.subtract(before);
        }
    }

    private void fireIfChanged(BigDecimal old) {
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
        return owner == null ? figure : owner + "." + figure;
    }
}
