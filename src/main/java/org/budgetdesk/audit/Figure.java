package org.budgetdesk.audit;

import java.math.BigDecimal;

/**
 * A number printed in the text with its unit: an amount (亿元, 万元, 千元 or 元) or a percentage. {@code start} and
 * {@code end} are its place in the paragraph; {@code scale} the decimals printed.
 *
 * @param factor the unit's value in 元 (1 for 元), 0 for a percentage
 */
public record Figure(int start, int end, String text, BigDecimal value, int scale, String unit, BigDecimal factor) {

    public boolean isPercent() {
        return factor.signum() == 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** The printed value in 元 (or in percent for a percentage). */
    public BigDecimal base() {
        return isPercent() ? value : value.multiply(factor);
    }

    /** The figure as printed, with its unit: 690.58万元, 23%. */
    public String shown() {
        return value.toPlainString() + unit;
    }
}
