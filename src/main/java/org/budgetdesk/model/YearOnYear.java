package org.budgetdesk.model;

import java.math.BigDecimal;

/** A current figure against its prior-year figure, with the change and the growth rate derived exactly. */
public record YearOnYear(BigDecimal current, BigDecimal prior) {

    /** current − prior, in 元. */
    public BigDecimal change() {
        return current.subtract(prior);
    }

    /** 增加, 减少 or 持平, by the sign of the change. */
    public Direction direction() {
        return Direction.of(change().signum());
    }

    /** change / prior; undefined (no basis for a rate) when the prior is zero. */
    public Ratio rate() {
        return new Ratio(change(), prior);
    }

    /** True when the prior is zero, so no growth rate can be stated (上年无该项预算，无可比性). */
    public boolean hasNoBasis() {
        return prior.signum() == 0;
    }
}
