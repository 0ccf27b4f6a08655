package org.budgetdesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are {@link BigDecimal} in 元 with exactly two decimals, everywhere in the model.
 * This class holds the one definition of a valid entered amount.
 */
public final class Amounts {
    /** Zero yuan, scale 2. */
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    /** The largest amount accepted: just under one trillion yuan. Anything above is a typing slip. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** Returns {@code value} or zero when it is null. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value;
    }

    /**
     * {@code a + b}, or {@code null} when either is {@code null}: a prior-year amount that is not published (未公开)
     * makes any sum over it unknown, as {@link AmountSum} does.
     */
    public static BigDecimal plusKnown(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** True when both are the same amount, or both are not published ({@code null}). */
    public static boolean sameOrBothUnknown(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    /** Why an amount is refused, or {@code null} when it is valid. */
    public enum Problem { NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE }

    /** Checks an entered amount: not negative, at most two decimals, at most {@link #MAX}. */
    public static Problem problemWith(BigDecimal value) {
        if (value.signum() < 0) {
            return Problem.NEGATIVE;
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {   // most amounts have scale 2: no strip
            return Problem.TOO_MANY_DECIMALS;
        }
        if (value.compareTo(MAX) > 0) {
            return Problem.TOO_LARGE;
        }
        return null;
    }

    /**
     * Returns a valid amount with scale 2.
     *
     * @throws IllegalArgumentException when the value is null, negative, has more than two decimals or is absurdly large
     */
    public static BigDecimal requireValid(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("amount is null");
        }
        Problem problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid amount " + value.toPlainString() + ": " + problem);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal string such as "7630600.00" into a valid amount. */
    public static BigDecimal parse(String text) {
        return requireValid(new BigDecimal(text));
    }
}
