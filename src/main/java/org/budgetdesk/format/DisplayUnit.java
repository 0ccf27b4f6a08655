package org.budgetdesk.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit amounts are shown in: 元 or 万元. Amounts are stored in 元; conversion to a display unit is the one place
 * where an amount is rounded (half-up, two decimals, REFERENCE §3).
 */
public enum DisplayUnit {
    YUAN(0),
    WAN_YUAN(4);

    private final int powerOfTen;

    DisplayUnit(int powerOfTen) {
        this.powerOfTen = powerOfTen;
    }

    /** The amount in this unit, rounded half-up to two decimals. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return yuan.movePointLeft(powerOfTen).setScale(2, RoundingMode.HALF_UP);
    }

    /** The exact amount in this unit, unrounded, for an editor to start from: 7630560.00 元 → 763.056 万元. */
    public BigDecimal exactFromYuan(BigDecimal yuan) {
        BigDecimal exact = yuan.movePointLeft(powerOfTen).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /** An amount entered in this unit, in 元 — exact, since at most two decimals are accepted in 元. */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount.movePointRight(powerOfTen);
    }
}
