package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetdesk.check.Severity;

/**
 * A total and its listed parts. Parts above the total are a slip (unless one part is a subtotal of the others, as in
 * “财政拨款收入…，一般公共预算拨款…”); parts below it only when the list is complete: it names the known parts of the
 * total, lists a zero or an 其他 part, gives shares adding up to 100%, ends in 合计, or misses by at most two units
 * of the last digit. A miss that exact values could explain is a rounding residue (information), unless the text
 * says so. When the parts add up to another total of the text, the finding says which.
 */
final class SumRule implements AuditRule {

    @Override
    public void check(AuditContext context) {
        for (Breakdown breakdown : context.parsed.breakdowns()) {
            check(context, breakdown);
        }
    }

    private void check(AuditContext context, Breakdown breakdown) {
        Statement total = breakdown.total();
        List<Statement> parts = breakdown.parts();
        if (total.label.isEmpty() || parts.stream().anyMatch(part -> part.label.isEmpty())
                || crossCutting(context, breakdown)) {
            return;
        }
        Interval sum = AuditContext.sum(context, parts);
        Interval stated = context.amount(total.current);
        BigDecimal printedSum = AuditContext.printedSum(parts);
        BigDecimal printed = total.current.base();
        int scale = AuditContext.maxScale(parts.stream().map(part -> part.current).toList());
        boolean over = sum.above(stated);
        boolean under = sum.below(stated);
        boolean complete = !breakdown.partial() && complete(context, breakdown, printedSum, printed);
        checkPriors(context, breakdown, complete);
        if (complete) {
            checkChanges(context, breakdown);
        }
        if (over && !subtotalInside(context, parts)) {
            report(context, breakdown, printedSum, scale, Severity.ERROR);
        } else if (under && complete && parts.size() > 1) {
            report(context, breakdown, printedSum, scale, Severity.ERROR);
        } else if (!over && !under && printedSum.compareTo(printed) != 0
                && (printedSum.compareTo(printed) > 0 || complete && parts.size() > 1)
                && !context.parsed.notes().covers(total.paragraph())
                && !subtotalInside(context, parts)) {
            report(context, breakdown, printedSum, scale, Severity.INFO);
        }
    }

    /** When the total and every part give last year's figure, last year's parts add up to last year's total too. */
    private void checkPriors(AuditContext context, Breakdown breakdown, boolean complete) {
        Statement total = breakdown.total();
        List<Statement> parts = breakdown.parts();
        if (total.prior == null || parts.size() < 2 || parts.stream().anyMatch(part -> part.prior == null)) {
            return;
        }
        Interval sum = Interval.exact(BigDecimal.ZERO);
        BigDecimal printedSum = BigDecimal.ZERO;
        for (Statement part : parts) {
            sum = sum.plus(context.amount(part.prior));
            printedSum = printedSum.add(part.prior.base());
        }
        Interval stated = context.amount(total.prior);
        if (sum.above(stated) || sum.below(stated) && complete) {
            int scale = AuditContext.maxScale(parts.stream().map(part -> part.prior).toList());
            context.add(FindingKind.PARTS_TOTAL, "prior", Severity.ERROR, total, total.prior, total.prior.shown(),
                    AuditContext.shown(printedSum, total.prior, scale), total.label, String.valueOf(parts.size()));
        }
    }

    /**
     * When the total and every part of a complete list say how they changed (增加/减少…, 持平) and no part says more (a
     * rate or last year's figure, which the change and rate rules check it by), the parts' changes add up to the
     * total's: 三公经费减少1.5万元，其中：公务用车减少1万元，公务接待减少0.5万元.
     */
    private void checkChanges(AuditContext context, Breakdown breakdown) {
        Statement total = breakdown.total();
        List<Statement> parts = breakdown.parts();
        if (parts.size() < 2 || !saysChange(total) || total.prior != null
                || parts.stream().anyMatch(part -> !saysChange(part) || part.rate != null || part.prior != null)) {
            return;
        }
        Interval sum = Interval.exact(BigDecimal.ZERO);
        BigDecimal printedSum = BigDecimal.ZERO;
        int scale = total.change == null ? 0 : total.change.scale();
        for (Statement part : parts) {
            sum = sum.plus(signedChange(context, part));
            printedSum = printedSum.add(printedChange(part));
            scale = Math.max(scale, part.change == null ? 0 : part.change.scale());
        }
        if (!sum.intersects(signedChange(context, total))) {
            Figure figure = total.change != null ? total.change : total.current;
            context.add(FindingKind.PARTS_TOTAL, "change", Severity.ERROR, total, figure,
                    ChangeRule.directed(printedChange(total), figure, scale),
                    ChangeRule.directed(printedSum, figure, scale),
                    total.label, String.valueOf(parts.size()));
        }
    }

    private static boolean saysChange(Statement statement) {
        return statement.flat || statement.change != null && statement.changeSign != 0;
    }

    private static Interval signedChange(AuditContext context, Statement statement) {
        return statement.flat ? Interval.exact(BigDecimal.ZERO)
                : ChangeRule.signed(context.amount(statement.change), statement.changeSign);
    }

    private static BigDecimal printedChange(Statement statement) {
        return statement.flat ? BigDecimal.ZERO
                : statement.change.base().multiply(BigDecimal.valueOf(statement.changeSign));
    }

    private void report(AuditContext context, Breakdown breakdown, BigDecimal printedSum, int scale,
                        Severity severity) {
        Statement total = breakdown.total();
        String stated = total.current.shown();
        String expected = AuditContext.shown(printedSum, total.current, scale);
        String parts = String.valueOf(breakdown.parts().size());
        if (severity == Severity.INFO) {
            context.add(FindingKind.PARTS_TOTAL, "residue", severity, total, total.current, stated, expected,
                    total.label, parts);
            return;
        }
        Statement other = otherTotal(context, breakdown, printedSum);
        if (other != null) {
            context.add(FindingKind.WRONG_TOTAL, "", severity, total, total.current, stated, expected, total.label,
                    parts, other.label, String.valueOf(other.paragraph().number()));
        } else {
            context.add(FindingKind.PARTS_TOTAL, "", severity, total, total.current, stated, expected, total.label,
                    parts);
        }
    }

    /** Another amount of the text, stated as exactly the parts' printed sum: the total the parts were taken from. */
    private static Statement otherTotal(AuditContext context, Breakdown breakdown, BigDecimal printedSum) {
        Statement found = null;
        for (Statement statement : context.parsed.statements()) {
            if (statement != breakdown.total() && !breakdown.parts().contains(statement)
                    && statement.current.base().compareTo(printedSum) == 0 && !statement.current.isZero()
                    && !statement.label.isEmpty()) {
                if (found == null || Math.abs(statement.paragraph().number() - breakdown.total().paragraph().number())
                        < Math.abs(found.paragraph().number() - breakdown.total().paragraph().number())) {
                    found = statement;
                }
            }
        }
        return found;
    }

    private static boolean complete(AuditContext context, Breakdown breakdown, BigDecimal printedSum,
                                    BigDecimal printed) {
        List<Statement> parts = breakdown.parts();
        if (breakdown.how() == Breakdown.How.TOTAL_AFTER || breakdown.how() == Breakdown.How.COMPOSITION) {
            return true;
        }
        if (parts.stream().anyMatch(part -> part.current.isZero() || part.label.startsWith("其他"))) {
            return true;
        }
        if (namesAllParts(context, breakdown)) {
            return true;
        }
        if (parts.stream().allMatch(part -> part.share != null)) {
            Interval shares = Interval.exact(BigDecimal.ZERO);
            for (Statement part : parts) {
                shares = shares.plus(context.precision.percent(part.share, "share"));
            }
            if (shares.contains(BigDecimal.valueOf(100))) {
                return true;
            }
        }
        int scale = context.precision.scale(breakdown.total().current, breakdown.total().current.unit());
        BigDecimal twoUnits = BigDecimal.valueOf(2, scale).multiply(breakdown.total().current.factor());
        return printed.subtract(printedSum).abs().compareTo(twoUnits) <= 0;
    }

    /** The parts are the known parts of the total (基本支出 = 人员经费 + 公用经费). */
    static boolean namesAllParts(AuditContext context, Breakdown breakdown) {
        String whole = context.labels.concept(breakdown.total().label);
        if (whole == null) {
            return false;
        }
        Set<String> named = new HashSet<>();
        for (Statement part : breakdown.parts()) {
            named.add(context.labels.concept(part.label));
        }
        for (java.util.Map.Entry<String, List<String>> known : context.compositions.entrySet()) {
            if (whole.equals(TextParser.wholeOf(known.getKey())) && named.equals(new HashSet<>(known.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** A part that cuts across the others (“三公”经费 beside 公用经费), unless the total is of that kind too. */
    private static boolean crossCutting(AuditContext context, Breakdown breakdown) {
        for (Statement part : breakdown.parts()) {
            java.util.regex.Matcher m = context.cues.crossCutting.matcher(part.label);
            if (m.find() && !breakdown.total().label.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** One part equals the sum of the parts right after it (or right before it): a subtotal listed with its parts. */
    private static boolean subtotalInside(AuditContext context, List<Statement> parts) {
        for (int k = 0; k < parts.size(); k++) {
            Interval own = context.amount(parts.get(k).current);
            Interval run = Interval.exact(BigDecimal.ZERO);
            for (int j = k + 1; j < parts.size(); j++) {
                run = run.plus(context.amount(parts.get(j).current));
                if (run.intersects(own) && !parts.get(k).current.isZero()) {
                    return true;
                }
            }
            run = Interval.exact(BigDecimal.ZERO);
            for (int j = k - 1; j >= 0; j--) {
                run = run.plus(context.amount(parts.get(j).current));
                if (k - j >= 2 && run.intersects(own) && !parts.get(k).current.isZero()) {
                    return true;
                }
            }
        }
        return false;
    }
}
