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
                && holdsFor(context, statement, statement.parent.current))) {
            return;
        }
        BigDecimal expected = printed(statement, current, statement.rate.scale());
        String sign = statement.rateSign < 0 ? "-" : statement.rateSign > 0 ? "+" : "";
        boolean wrongWay = statement.rateSign != 0 && (statement.rateSign > 0 ? range.isNegative()
                : range.isPositive());
        context.add(FindingKind.RATE, wrongWay ? "direction" : "", Severity.ERROR, statement, statement.rate,
                sign + statement.rate.shown(), expected == null ? "—" : signed(expected),
                statement.label, statement.prior == null ? "" : statement.prior.shown(),
                statement.change == null ? "" : statement.change.shown());
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
