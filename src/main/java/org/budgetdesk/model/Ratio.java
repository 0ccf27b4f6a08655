package org.budgetdesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact fraction, kept unrounded until it is shown: growth rates (change / prior) and shares (part / whole).
 * Rounding happens once, in {@link #percent(int)}, half-up.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** False when the denominator is zero: there is no basis to compare with. */
    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    /** The ratio times 100, rounded half-up to {@code scale} decimals; empty when undefined. */
    public Optional<BigDecimal> percent(int scale) {
        if (!isDefined()) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP));
    }
}
