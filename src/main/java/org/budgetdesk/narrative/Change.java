package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.model.YearOnYear;

/**
 * A year-on-year comparison as a sentence states it, in the region's unit (万元 or 元, REFERENCE §3).
 *
 * <p>The change is the stated current figure minus the stated prior figure, so a reader who subtracts the two
 * numbers in the sentence gets the number the sentence gives (the slip “0.58 where 0.59 is right” cannot happen);
 * its sign picks the wording. The rate is the model's exact change / prior, rounded once to the template's decimals.
 *
 * @param current the current figure, trailing zeros dropped: 181.3
 * @param prior   the prior figure: 67.21; empty when it is not published
 * @param change  the size of the change, without sign: 114.09; empty when the prior is not published
 * @param kind    which wording applies
 * @param rate    the size of the rate in percent, without sign, when one may be stated: 169.75
 */
public record Change(String current, String prior, String change, Kind kind, Optional<String> rate) {

    /** The wordings of a comparison, each a pair of template patterns {@code compare.*} and {@code rate.*}. */
    public enum Kind {
        /** 增加 / 增长. */
        INCREASE("increase"),
        /** 减少 / 下降. */
        DECREASE("decrease"),
        /** 持平: the same stated figure both years, not zero. */
        UNCHANGED("unchanged"),
        /** 无变化: zero both years. */
        NONE("none"),
        /** The prior is zero: an increase with no basis for a rate (上年无该项预算，无可比性). */
        NO_BASIS("noBasis"),
        /** The prior is not published (未公开): nothing is compared, the sentence states the current figure only. */
        NOT_PUBLISHED("notPublished");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The suffix of the template keys {@code compare.<key>} and {@code rate.<key>}. */
        public String key() {
            return key;
        }
    }

    /**
     * The comparison of two amounts in 元, stated in 万元, the rate with {@code rateScale} decimals; a {@code null}
     * prior is not published, and its prior and change are empty.
     */
    public static Change of(BigDecimal currentYuan, BigDecimal priorYuan, int rateScale) {
        return of(currentYuan, priorYuan, rateScale, DisplayUnit.WAN_YUAN);
    }

    /** The comparison of two amounts in 元, stated in {@code unit}, the rate with {@code rateScale} decimals. */
    public static Change of(BigDecimal currentYuan, BigDecimal priorYuan, int rateScale, DisplayUnit unit) {
        if (priorYuan == null) {
            return new Change(Numbers.trim(unit.fromYuan(currentYuan)), "", "", Kind.NOT_PUBLISHED, Optional.empty());
        }
        YearOnYear yearOnYear = new YearOnYear(currentYuan, priorYuan);
        BigDecimal current = unit.fromYuan(currentYuan);
        BigDecimal prior = unit.fromYuan(priorYuan);
        BigDecimal change = current.subtract(prior);
        Kind kind;
        if (current.signum() == 0 && prior.signum() == 0) {
            kind = Kind.NONE;
        } else if (yearOnYear.hasNoBasis()) {
            kind = Kind.NO_BASIS;
        } else if (change.signum() == 0) {
            kind = Kind.UNCHANGED;
        } else {
            kind = change.signum() > 0 ? Kind.INCREASE : Kind.DECREASE;
        }
        Optional<String> rate = kind == Kind.INCREASE || kind == Kind.DECREASE
                ? yearOnYear.rate().percent(rateScale).map(BigDecimal::abs).map(Numbers::trim)
                : Optional.empty();
        return new Change(Numbers.trim(current), Numbers.trim(prior), Numbers.trim(change.abs()), kind, rate);
    }

    /** True when the stated figures differ, so the change needs a reason. */
    public boolean changed() {
        return kind == Kind.INCREASE || kind == Kind.DECREASE || kind == Kind.NO_BASIS;
    }
}
