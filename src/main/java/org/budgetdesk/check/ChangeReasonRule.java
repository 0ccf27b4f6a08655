package org.budgetdesk.check;

import java.math.BigDecimal;
import org.budgetdesk.model.YearOnYear;

/**
 * N9: a change the explanation states needs its reason (income sources, the “三公” parts and total, 机关运行经费).
 * Without one: a warning when the change exceeds 20% or has no basis (上年为0), information when it is smaller.
 * A figure whose prior is not published states no change, so it needs no reason.
 */
final class ChangeReasonRule extends UnitRule {
    /** A change of more than this share of the prior figure, without a reason, is a warning. */
    static final BigDecimal WARNING_RATE = new BigDecimal("20");

    ChangeReasonRule() {
        super("N9");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        for (ExplainedFigure explained : ExplainedFigure.of(scope.unit())) {
            YearOnYear figure = explained.figure();
            if (!figure.isComparable() || figure.change().signum() == 0 || explained.hasReason()) {
                continue;
            }
            boolean large = figure.hasNoBasis()
                    || figure.rate().percent(2).orElseThrow().abs().compareTo(WARNING_RATE) > 0;
            scope.report(large ? Severity.WARNING : Severity.INFO,
                    scope.at(explained.section(), null, explained.reasonField()), "N9.noReason",
                    explained.name(), RuleText.wan(figure.current()), RuleText.wan(figure.prior()),
                    RuleText.wan(figure.change()), rate(figure));
        }
    }

    /** “增减率20.5%” or “上年为0，无增减率”, as a Term. */
    static RuleText.Term rate(YearOnYear figure) {
        return figure.hasNoBasis() ? RuleText.term("rate.noBasis")
                : RuleText.term("rate.value", RuleText.percent(figure.rate()));
    }
}
