package org.budgetdesk.model;

import java.math.BigDecimal;

/**
 * A current figure against its prior-year figure, with the change and the growth rate derived exactly.
 *
 * <p>The prior may be {@code null}: not published (未公开). Then nothing is compared: no change, no rate, no
 * direction, and {@link #isComparable()} is false. A prior of zero is published and compares, without a rate.
 */
public record YearOnYear(BigDecimal current, BigDecimal prior) {

    /** True when the prior is published, so the figures can be compared. */
    public boolean isComparable() {
        return prior != null && current != null;
    }

    /** current − prior, in 元; {@code null} when the prior is not published. */
    public BigDecimal change() {
        return isComparable() ? current.subtract(prior) : null;
    }

    /** 增加, 减少 or 持平, by the sign of the change; {@code null} when the prior is not published. */
    public Direction direction() {
        return isComparable() ? Direction.of(change().signum()) : null;
    }

    /** change / prior; undefined when the prior is zero (no basis for a rate) or not published. */
    public Ratio rate() {
        return isComparable() ? new Ratio(change(), prior) : new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** True when the prior is published and zero, so no growth rate can be stated (上年无该项预算，无可比性). */
    public boolean hasNoBasis() {
        return isComparable() && prior.signum() == 0;
    }
}
