package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.YearOnYear;

/**
 * P2: a figure that more than doubles (growth over 100%) is named beside the growth of the whole budget
 * (收入总计), even with a reason: “机关运行经费增长169.75%，而收入总计增长4.19%”. Applies to the explained figures and
 * to the functional 类.
 */
final class SharpGrowthRule extends UnitRule {
    static final BigDecimal LIMIT = new BigDecimal("100");

    private record Candidate(Location location, Object name, YearOnYear figure) {
    }

    SharpGrowthRule() {
        super("P2");
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    void check(Scope scope) {
        YearOnYear whole = scope.unit().income().total().yearOnYear().get();
        List<Candidate> candidates = new ArrayList<>();
        for (ExplainedFigure explained : ExplainedFigure.of(scope.unit())) {
            candidates.add(new Candidate(scope.at(explained.section(), null, explained.field()), explained.name(),
                    explained.figure()));
        }
        for (FunctionalGroup group : scope.unit().functional().classes().values()) {
            candidates.add(new Candidate(scope.at(DisclosureSection.FUNCTIONAL, group.code(), null),
                    scope.functionalName(group.code()), group.yearOnYear().get()));
        }
        for (Candidate candidate : candidates) {
            YearOnYear figure = candidate.figure();
            if (figure.rate().isDefined() && figure.rate().percent(2).orElseThrow().compareTo(LIMIT) > 0) {
                if (whole.rate().isDefined()) {
                    scope.report(Severity.WARNING, candidate.location(), "P2.growth", candidate.name(),
                            RuleText.percent(figure.rate()), RuleText.wan(figure.current()),
                            RuleText.wan(figure.prior()), RuleText.percent(whole.rate()));
                } else {
                    scope.report(Severity.WARNING, candidate.location(), "P2.growthAlone", candidate.name(),
                            RuleText.percent(figure.rate()), RuleText.wan(figure.current()),
                            RuleText.wan(figure.prior()));
                }
            }
        }
    }
}
