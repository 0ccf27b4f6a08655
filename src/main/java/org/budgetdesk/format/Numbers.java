package org.budgetdesk.format;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetdesk.model.Ratio;

/** Text for amounts and percentages, as tables (fixed two decimals) and sentences (trailing zeros dropped) show them. */
public final class Numbers {
    private Numbers() {
    }

    /** An amount in the unit with exactly two decimals: 763.06, 196.80, 0.00. */
    public static String fixed(BigDecimal yuan, DisplayUnit unit) {
        return unit.fromYuan(yuan).toPlainString();
    }

    /** An amount in the unit with two decimals and thousands separators, as tables show it: 7,630,560.00. */
    public static String grouped(BigDecimal yuan, DisplayUnit unit) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(unit.fromYuan(yuan));
    }

    /** An amount in the unit as the explanation writes it, trailing zeros dropped: 763.06, 196.8, 3, 0. */
    public static String trimmed(BigDecimal yuan, DisplayUnit unit) {
        return trim(unit.fromYuan(yuan));
    }

    /** A percentage with {@code scale} decimals (169.75), or empty when the ratio has no basis. */
    public static Optional<String> percent(Ratio ratio, int scale) {
        return ratio.percent(scale).map(BigDecimal::toPlainString);
    }

    /** Drops trailing zeros of a rounded figure without switching to exponent notation: 54.30 → 54.3, 3.00 → 3. */
    public static String trim(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
