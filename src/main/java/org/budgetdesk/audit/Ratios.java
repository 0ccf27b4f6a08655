package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * Percentages over ranges of exact values. Each function here is monotone in each argument on the ranges it is
 * used on, so its extremes are at the corners; the result is widened by a hair so that no value is lost to the
 * division's rounding.
 */
final class Ratios {
    private static final MathContext MC = new MathContext(30, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HAIR = new BigDecimal("1e-15");

    private Ratios() {
    }

    /** (current ÷ prior − 1) × 100; null when the prior may be zero. */
    static Interval growth(Interval current, Interval prior) {
        if (prior.lo().signum() <= 0) {
            return null;
        }
        return corners(current, prior, (c, p) -> c.divide(p, MC).subtract(BigDecimal.ONE).multiply(HUNDRED));
    }

    /** part ÷ whole × 100; null when the whole may be zero. */
    static Interval percent(Interval part, Interval whole) {
        if (whole.lo().signum() <= 0) {
            return null;
        }
        return corners(part, whole, (a, b) -> a.divide(b, MC).multiply(HUNDRED));
    }

    /** change ÷ (current − change) × 100, the rate when the prior is not printed; null when the prior may be 0. */
    static Interval rateFromChange(Interval current, Interval change) {
        if (current.minus(change).lo().signum() <= 0) {
            return null;
        }
        return corners(current, change, (c, d) -> d.divide(c.subtract(d), MC).multiply(HUNDRED));
    }

    /** part ÷ (part + rest) × 100, a share of a whole that is the sum of the parts. */
    static Interval shareOfSum(Interval part, Interval rest) {
        if (part.plus(rest).lo().signum() <= 0) {
            return null;
        }
        return corners(part, rest, (p, r) -> p.divide(p.add(r), MC).multiply(HUNDRED));
    }

    private static Interval corners(Interval x, Interval y, BinaryOperator<BigDecimal> f) {
        BigDecimal[] values = {
            f.apply(x.lo(), y.lo()), f.apply(x.lo(), y.hi()), f.apply(x.hi(), y.lo()), f.apply(x.hi(), y.hi())};
        BigDecimal min = values[0];
        BigDecimal max = values[0];
        for (BigDecimal value : values) {
            min = min.min(value);
            max = max.max(value);
        }
        return new Interval(min.subtract(HAIR), max.add(HAIR));
    }

    /** A printed percentage: part ÷ whole × 100 rounded half-up to the scale; null when the whole is zero. */
    static BigDecimal printed(BigDecimal part, BigDecimal whole, int scale) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
    }
}
