package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdesk.check.Severity;
import org.budgetdesk.format.Numbers;

/**
 * Shares (占91%): each must be its part divided by the whole at the printed precision, and the shares of all the
 * parts of one whole must add up to 100% as far as rounding allows. The whole is the total the parts are listed
 * under, or, for a list of shares with no total (the Sichuan 类 structure), the sum of the listed parts when the
 * list is complete (it lists zeros, or its shares add up to 100). A list whose printed shares add up to exactly 100
 * may have been adjusted to do so (largest remainder): each of its shares may then be one unit off.
 */
final class ShareRule implements AuditRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The concepts of the patterns that name a total of the whole budget rather than one figure of it. */
    private static final Set<String> BUDGET_TOTALS = Set.of("incomeTotal", "expenditureTotal", "fiscalIncome",
            "generalPublicIncome");

    @Override
    public void check(AuditContext context) {
        for (Breakdown breakdown : context.parsed.breakdowns()) {
            List<Statement> parts = withShares(breakdown.parts());
            if (parts.isEmpty()
                    || !parts.stream().allMatch(part -> ofWhole(part, breakdown.total(), context.labels))) {
                continue;
            }
            Interval whole = context.amount(breakdown.total().current);
            Interval partSum = AuditContext.sum(context, parts);
            if (partSum.above(whole)) {
                continue; // parts above their total: the sum is the slip, and the shares say nothing more
            }
            if (!partSum.intersects(whole) && parts.size() == breakdown.parts().size() && parts.size() >= 2
                    && shareSum(context, parts).contains(HUNDRED)) {
                checkList(context, parts); // shares of the listed parts only (主要项目：A…，占40%；B…，占60%)
                continue;
            }
            boolean found = false;
            for (Statement part : parts) {
                found |= checkShare(context, part, parts, Ratios.percent(context.amount(part.current), whole),
                        breakdown.total().current.base());
            }
            boolean complete = !breakdown.partial() && parts.size() == breakdown.parts().size()
                    && AuditContext.sum(context, parts).intersects(whole);
            if (!found && parts.size() >= 2) {
                checkSum(context, parts, complete);
            }
        }
        for (List<Statement> list : context.parsed.shareLists()) {
            checkList(context, list);
        }
        checkNamedWholes(context);
        for (List<Statement> shares : context.parsed.shareOnly()) {
            // shares stated without amounts add up only when they are of one whole (占基本支出的…, 占基本支出的…)
            Map<String, List<Statement>> byWhole = new LinkedHashMap<>();
            shares.forEach(share -> byWhole.computeIfAbsent(share.shareWhole, k -> new ArrayList<>()).add(share));
            for (List<Statement> ofOneWhole : byWhole.values()) {
                if (ofOneWhole.size() >= 2) {
                    checkSum(context, ofOneWhole, false);
                }
            }
        }
    }

    /**
     * A share that names its whole (基本支出600万元，占支出总额的60%) and is in no breakdown or list: it is checked
     * against the last amount before it in its paragraph that the whole names (支出总额1000万元), if any.
     */
    private void checkNamedWholes(AuditContext context) {
        Set<Statement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        context.parsed.breakdowns().forEach(breakdown -> seen.addAll(breakdown.parts()));
        context.parsed.shareLists().forEach(seen::addAll);
        context.parsed.shareOnly().forEach(seen::addAll);
        List<Statement> statements = context.parsed.statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement part = statements.get(i);
            if (part.share == null || part.shareWhole.isEmpty() || seen.contains(part)) {
                continue;
            }
            for (int j = i - 1; j >= 0 && statements.get(j).paragraph() == part.paragraph(); j--) {
                Statement whole = statements.get(j);
                if (ofWhole(part, whole, context.labels)) {
                    // the whole beside the part, so that the message prints the whole to its own decimals
                    checkShare(context, part, List.of(part, whole), Ratios.percent(context.amount(part.current),
                            context.amount(whole.current)), whole.current.base());
                    break;
                }
            }
        }
    }

    private void checkList(AuditContext context, List<Statement> list) {
        Interval shares = shareSum(context, list);
        boolean complete = list.stream().anyMatch(statement -> statement.current.isZero())
                || shares.contains(HUNDRED);
        if (!complete) {
            checkSum(context, list, false);
            return;
        }
        Interval sum = AuditContext.sum(context, list);
        BigDecimal printedWhole = AuditContext.printedSum(list);
        boolean found = false;
        for (Statement part : list) {
            Interval own = context.amount(part.current);
            Interval rest = sum.minus(own);
            found |= checkShare(context, part, list, Ratios.shareOfSum(own, rest.nonNegative() == null
                    ? Interval.exact(BigDecimal.ZERO) : rest.nonNegative()), printedWhole);
        }
        if (!found) {
            checkSum(context, list, true);
        }
    }

    /** Reports a share that no exact values give; true when it did. */
    private boolean checkShare(AuditContext context, Statement part, List<Statement> list, Interval range,
                               BigDecimal printedWhole) {
        if (range == null) {
            return false;
        }
        Interval stated = context.precision.percent(part.share, "share");
        if (adjustedTo100(list)) {
            BigDecimal unit = context.precision.unit(part.share, "share");
            stated = new Interval(stated.lo().subtract(unit), stated.hi().add(unit), false, true);
        }
        if (range.intersects(stated)) {
            return false;
        }
        BigDecimal expected = Ratios.printed(part.current.base(), printedWhole, part.share.scale());
        context.add(FindingKind.SHARE, "", Severity.ERROR, part, part.share, part.share.shown(),
                expected == null ? "—" : Numbers.trim(expected) + "%", part.label, part.current.shown(),
                AuditContext.shown(printedWhole, part.current, AuditContext.maxScale(
                        list.stream().map(s -> s.current).toList())));
        return true;
    }

    /** The shares of one whole must add up to 100 (all of them), and never to more. */
    private void checkSum(AuditContext context, List<Statement> parts, boolean complete) {
        Interval shares = shareSum(context, parts);
        boolean over = shares.above(Interval.exact(HUNDRED));
        boolean under = shares.below(Interval.exact(HUNDRED));
        if (over || complete && under) {
            BigDecimal printed = BigDecimal.ZERO;
            for (Statement part : parts) {
                printed = printed.add(part.share.value());
            }
            Statement first = parts.get(0);
            context.add(FindingKind.SHARES_TOTAL, "", Severity.ERROR, first, first.share,
                    Numbers.trim(printed) + "%", "100%", String.valueOf(parts.size()));
        }
    }

    private static Interval shareSum(AuditContext context, List<Statement> parts) {
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (Statement part : parts) {
            sum = sum.plus(context.precision.percent(part.share, "share"));
        }
        return sum;
    }

    private static boolean adjustedTo100(List<Statement> parts) {
        BigDecimal printed = BigDecimal.ZERO;
        for (Statement part : parts) {
            if (part.share == null) {
                return false;
            }
            printed = printed.add(part.share.value());
        }
        return printed.compareTo(HUNDRED) == 0;
    }

    /**
     * A share naming its whole (占基本支出的…) is of this total only when the names agree: the same, the total's label
     * ends with a whole of at least four characters (占一般公共预算支出的… under 2022年一般公共预算支出), or both name
     * the same figure of the budget (占“三公”经费的… under “三公”经费支出, 占机关运行经费的… under 机关运行经费预算).
     * A total of the whole budget (收入合计, 支出总计, 财政拨款) is not matched by concept: 占一般公共预算支出的… names
     * that concept too, and is not a share of 支出总计.
     */
    private static boolean ofWhole(Statement part, Statement total, Labels labels) {
        String whole = part.shareWhole;
        if (whole.isEmpty() || total.label.equals(whole) || whole.length() >= 4 && total.label.endsWith(whole)) {
            return true;
        }
        String concept = labels.concept(whole);
        return concept != null && !BUDGET_TOTALS.contains(concept) && concept.equals(labels.concept(total.label));
    }

    private static List<Statement> withShares(List<Statement> parts) {
        List<Statement> with = new ArrayList<>();
        for (Statement part : parts) {
            if (part.share != null) {
                with.add(part);
            }
        }
        return with;
    }
}
