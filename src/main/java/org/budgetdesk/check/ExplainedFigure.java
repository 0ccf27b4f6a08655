package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.YearOnYear;

/**
 * A figure whose change the explanation states with its reason: an income source, a “三公” part or the “三公” total,
 * 机关运行经费.
 *
 * @param field       the figure's field in its section
 * @param reasonField the field of its reason (the “三公” total's reason is {@code reason})
 * @param name        a Term naming the figure
 * @param reason      the reason as entered, "" when there is none
 */
record ExplainedFigure(DisclosureSection section, String field, String reasonField, RuleText.Term name,
                       YearOnYear figure, String reason) {

    /** The unit's explained figures, tab by tab. */
    static List<ExplainedFigure> of(Unit unit) {
        List<ExplainedFigure> figures = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            ComparedAmount amount = unit.income().source(source);
            figures.add(new ExplainedFigure(DisclosureSection.INCOME, source.name(), source.name() + ".reason",
                    RuleText.term("source." + source.name()),
                    amount.yearOnYear().get(), amount.reason().get()));
        }
        ThreePublicExpenses threePublic = unit.threePublic();
        for (Map.Entry<String, ComparedAmount> part : TextField.threePublicParts(threePublic).entrySet()) {
            figures.add(new ExplainedFigure(DisclosureSection.THREE_PUBLIC, part.getKey(), part.getKey() + ".reason",
                    RuleText.term("figure." + part.getKey()), part.getValue().yearOnYear().get(),
                    part.getValue().reason().get()));
        }
        figures.add(new ExplainedFigure(DisclosureSection.THREE_PUBLIC, "total", "reason",
                RuleText.term("figure.threePublic"), threePublic.total().yearOnYear().get(),
                threePublic.reason().get()));
        figures.add(new ExplainedFigure(DisclosureSection.OTHER, "operatingCosts", "operatingCosts.reason",
                RuleText.term("figure.operatingCosts"),
                unit.operatingCosts().yearOnYear().get(), unit.operatingCosts().reason().get()));
        return figures;
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
