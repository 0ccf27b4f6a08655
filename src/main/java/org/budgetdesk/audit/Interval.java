package org.budgetdesk.audit;

import java.math.BigDecimal;

/**
 * A range of exact values: every value a printed figure may stand for. A figure rounded half-up stands for
 * [x − h, x + h): the upper end is open, since x + h itself rounds up to the next figure. Sums and differences keep
 * track of which ends are open; they are exact (BigDecimal, never double).
 */
public record Interval(BigDecimal lo, BigDecimal hi, boolean loOpen, boolean hiOpen) {

    public Interval {
        int order = lo.compareTo(hi);
        if (order > 0 || order == 0 && (loOpen || hiOpen)) {
            throw new IllegalArgumentException("empty interval " + lo + ", " + hi);
        }
    }

    /** The closed range [lo, hi]. */
    public Interval(BigDecimal lo, BigDecimal hi) {
        this(lo, hi, false, false);
    }

    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    /** [value − half, value + half): what a figure rounded half-up may stand for. */
    public static Interval rounded(BigDecimal value, BigDecimal half) {
        return new Interval(value.subtract(half), value.add(half), false, true);
    }

    public Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), hi.add(other.hi), loOpen || other.loOpen, hiOpen || other.hiOpen);
    }

    public Interval minus(Interval other) {
        return plus(other.negate());
    }

    public Interval negate() {
        return new Interval(hi.negate(), lo.negate(), hiOpen, loOpen);
    }

    /** The values not below zero; null when there are none. */
    public Interval nonNegative() {
        int sign = hi.signum();
        if (sign < 0 || sign == 0 && hiOpen) {
            return null;
        }
        return lo.signum() >= 0 ? this : new Interval(BigDecimal.ZERO, hi, false, hiOpen);
    }

    public boolean intersects(Interval other) {
        return !above(other) && !other.above(this);
    }

    /** Every value of this range is above every value of the other. */
    public boolean above(Interval other) {
        int order = lo.compareTo(other.hi);
        return order > 0 || order == 0 && (loOpen || other.hiOpen);
    }

    /** Every value of this range is below every value of the other. */
    public boolean below(Interval other) {
        return other.above(this);
    }

    /** The common part; null when there is none. */
    public Interval intersection(Interval other) {
        if (!intersects(other)) {
            return null;
        }
        int low = lo.compareTo(other.lo);
        int high = hi.compareTo(other.hi);
        BigDecimal newLo = low >= 0 ? lo : other.lo;
        boolean newLoOpen = low > 0 ? loOpen : low < 0 ? other.loOpen : loOpen || other.loOpen;
        BigDecimal newHi = high <= 0 ? hi : other.hi;
        boolean newHiOpen = high < 0 ? hiOpen : high > 0 ? other.hiOpen : hiOpen || other.hiOpen;
        return new Interval(newLo, newHi, newLoOpen, newHiOpen);
    }

    public boolean contains(BigDecimal value) {
        int low = lo.compareTo(value);
        int high = value.compareTo(hi);
        return (low < 0 || low == 0 && !loOpen) && (high < 0 || high == 0 && !hiOpen);
    }

    /** Every value is above zero. */
    public boolean isPositive() {
        int sign = lo.signum();
        return sign > 0 || sign == 0 && loOpen;
    }

    /** Every value is below zero. */
    public boolean isNegative() {
        int sign = hi.signum();
        return sign < 0 || sign == 0 && hiOpen;
    }

    @Override
    public String toString() {
        return (loOpen ? "(" : "[") + lo.toPlainString() + ", " + hi.toPlainString() + (hiOpen ? ")" : "]");
    }
}
