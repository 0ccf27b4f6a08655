package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.check.Severity;

/**
 * A change stated with this year's and last year's figures (较上年预算数732.39万元增加30.67万元) must be their
 * difference, with the direction word of its sign; 持平 / 无变化 needs equal figures. Exact values that round to the
 * printed ones decide (an error is a change no such values give); a change that only such values give, and not the
 * printed figures themselves, is a rounding residue (information) unless the text says so.
 */
final class ChangeRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        for (Statement statement : context.parsed.statements()) {
            if (statement.prior != null && statement.change != null) {
                checkChange(context, statement);
            } else if (statement.prior != null && statement.flat) {
                checkFlat(context, statement);
            }
        }
    }

    private void checkChange(AuditContext context, Statement statement) {
        Interval stated = signed(context.amount(statement.change), statement.changeSign);
        Interval difference = context.amount(statement.current).minus(context.amount(statement.prior));
        BigDecimal printed = statement.current.base().subtract(statement.prior.base());
        int scale = AuditContext.maxScale(List.of(statement.current, statement.prior));
        String expected = directed(printed, statement.change, scale);
        String stated2 = (statement.changeSign < 0 ? "-" : "+") + statement.change.shown();
        if (!difference.intersects(stated)) {
            if (holdsForParent(context, statement)) {
                return;
            }
            boolean wrongWay = statement.changeSign > 0 ? difference.isNegative() : difference.isPositive();
            boolean sameSize = difference.intersects(stated.negate());
            context.add(FindingKind.CHANGE, wrongWay && sameSize ? "direction" : "", Severity.ERROR, statement,
                    statement.change, stated2, expected, statement.current.shown(), statement.prior.shown(),
                    statement.label);
            return;
        }
        BigDecimal printedStated = statement.change.base().multiply(BigDecimal.valueOf(statement.changeSign));
        if (printed.compareTo(printedStated) != 0 && !context.parsed.notes().covers(statement.paragraph())) {
            context.add(FindingKind.CHANGE, "residue", Severity.INFO, statement, statement.change, stated2, expected,
                    statement.current.shown(), statement.prior.shown(), statement.label);
        }
    }

    private void checkFlat(AuditContext context, Statement statement) {
        Interval current = context.amount(statement.current);
        Interval prior = context.amount(statement.prior);
        BigDecimal printed = statement.current.base().subtract(statement.prior.base());
        int scale = AuditContext.maxScale(List.of(statement.current, statement.prior));
        String expected = directed(printed, statement.current, scale);
        if (!current.intersects(prior)) {
            context.add(FindingKind.CHANGE, "flat", Severity.ERROR, statement, statement.prior,
                    "0" + statement.current.unit(), expected,
                    statement.current.shown(), statement.prior.shown(), statement.label);
        }
    }

    /** A comparison written after a listed part may be the total's: “其中：A…，较上年增加…”. */
    private static boolean holdsForParent(AuditContext context, Statement statement) {
        Statement parent = statement.parent;
        if (parent == null || statement.inBrackets) {
            return false;
        }
        Interval stated = signed(context.amount(statement.change), statement.changeSign);
        Interval difference = context.amount(parent.current).minus(context.amount(statement.prior));
        return difference.intersects(stated);
    }

    static Interval signed(Interval magnitude, int sign) {
        return sign < 0 ? magnitude.negate() : magnitude;
    }

    /** +30.67万元 / -0.88万元 / 0万元, in the unit of {@code like}. */
    static String directed(BigDecimal change, Figure like, int scale) {
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "-" : "";
        return sign + AuditContext.shown(change.abs(), like, scale);
    }
}
