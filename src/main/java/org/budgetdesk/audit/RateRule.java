package org.budgetdesk.audit;

import java.math.BigDecimal;
import org.budgetdesk.check.Severity;
import org.budgetdesk.format.Numbers;

/**
 * A rate (增长169.75%, 下降23%) must be the change divided by last year's figure, at the precision printed, with
 * the direction of the change. Last year's figure is the one printed, or this year's minus the change when only the
 * change is. No rate is checked against a prior that may be zero (无可比基数).
 */
final class RateRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        for (Statement statement : context.parsed.statements()) {
            if (statement.rate != null && (statement.prior != null || statement.change != null)) {
                check(context, statement, statement.current);
            }
        }
    }

    private void check(AuditContext context, Statement statement, Figure current) {
        Interval range = range(context, statement, current);
        if (range == null) {
            return;
        }
        Interval magnitude = context.precision.percent(statement.rate, "rate");
        boolean holds = statement.rateSign >= 0 && range.intersects(magnitude)
                || statement.rateSign <= 0 && range.intersects(magnitude.negate());
        if (holds || (statement.parent != null && !statement.inBrackets
                && holdsFor(context, statement, statement.parent.current))
                || changeAtFault(context, statement, magnitude)) {
            return;
        }
        BigDecimal expected = printed(statement, current, statement.rate.scale());
        String sign = statement.rateSign < 0 ? "-" : statement.rateSign > 0 ? "+" : "";
        boolean wrongWay = statement.rateSign != 0 && (statement.rateSign > 0 ? range.isNegative()
                : range.isPositive());
        String variant = wrongWay ? "direction" : ofCurrent(context, statement, current, magnitude) ? "ofCurrent" : "";
        context.add(FindingKind.RATE, variant, Severity.ERROR, statement, statement.rate,
                sign + statement.rate.shown(), expected == null ? "—" : signed(expected),
                statement.label, statement.prior == null ? "" : statement.prior.shown(),
                statement.change == null ? "" : statement.change.shown());
    }

    /**
     * Whether the rate fits this year's and last year's printed figures, and only the printed change does not (20万元
     * against 18万元, 增加3万元，增长11.11%): the change rule reports the change, and the rate is no slip of its own.
     */
    private static boolean changeAtFault(AuditContext context, Statement statement, Interval magnitude) {
        if (statement.prior == null || statement.change == null || statement.changeSign == 0) {
            return false;
        }
        BigDecimal printedChange = statement.current.base().subtract(statement.prior.base());
        BigDecimal statedChange = statement.change.base().multiply(BigDecimal.valueOf(statement.changeSign));
        Interval growth = Ratios.growth(context.amount(statement.current), context.amount(statement.prior));
        return printedChange.compareTo(statedChange) != 0 && growth != null
                && (statement.rateSign >= 0 && growth.intersects(magnitude)
                        || statement.rateSign <= 0 && growth.intersects(magnitude.negate()));
    }

    /**
     * Whether the stated rate is the change divided by this year's figure instead of last year's (增加16803.36元，
     * 增长14.43% of 116433.12元): a common slip, which the finding then names.
     */
    private static boolean ofCurrent(AuditContext context, Statement statement, Figure current, Interval magnitude) {
        if (statement.change == null || statement.changeSign == 0) {
            return false;
        }
        Interval byCurrent = Ratios.percent(context.amount(statement.change), context.amount(current));
        return byCurrent != null && byCurrent.intersects(magnitude);
    }

    private boolean holdsFor(AuditContext context, Statement statement, Figure current) {
        Interval range = range(context, statement, current);
        Interval magnitude = context.precision.percent(statement.rate, "rate");
        return range == null || range.intersects(magnitude) || range.intersects(magnitude.negate());
    }

    /** Every rate exact values behind the printed figures give; null when the prior may be zero. */
    private static Interval range(AuditContext context, Statement statement, Figure current) {
        Interval c = context.amount(current);
        Interval change = statement.change == null ? null
                : ChangeRule.signed(context.amount(statement.change), statement.changeSign);
        if (statement.prior != null) {
            Interval p = context.amount(statement.prior);
            Interval growth = Ratios.growth(c, p);
            if (growth == null || change == null || statement.changeSign == 0) {
                return growth;
            }
            Interval byChange = Ratios.percent(change, p);
            Interval both = byChange == null ? null : growth.intersection(byChange);
            return both == null ? growth : both;
        }
        if (statement.changeSign == 0) {
            return null;
        }
        return Ratios.rateFromChange(c, change);
    }

    /** The rate the printed figures give, rounded to the printed decimals. */
    private static BigDecimal printed(Statement statement, Figure current, int scale) {
        if (statement.prior != null) {
            BigDecimal prior = statement.prior.base();
            return Ratios.printed(current.base().subtract(prior), prior, scale);
        }
        BigDecimal change = statement.change.base().multiply(BigDecimal.valueOf(statement.changeSign));
        return Ratios.printed(change, current.base().subtract(change), scale);
    }

    private static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "-" : "") + Numbers.trim(percent.abs())
                + "%";
    }
}
