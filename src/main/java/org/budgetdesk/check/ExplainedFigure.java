package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.YearOnYear;

/**
 * A figure whose change the explanation states with its reason: each figure the schema marks as stated (the income
 * sources, the “三公” parts, 机关运行经费, and any added one), and the “三公” total.
 *
 * @param field       the figure's field in its section
 * @param reasonField the field of its reason (the “三公” total's reason is {@code reason})
 * @param name        a Term or a Name naming the figure
 * @param reason      the reason as entered, "" when there is none
 */
record ExplainedFigure(DisclosureSection section, String field, String reasonField, RuleText.Words name,
                       YearOnYear figure, String reason) {

    /**
     * The unit's explained figures, tab by tab: every figure the schema marks as stated, and the “三公” total (a sum,
     * whose reason is entered on its own) after the last “三公” part.
     */
    static List<ExplainedFigure> of(Unit unit) {
        List<ExplainedFigure> figures = new ArrayList<>();
        int afterThreePublic = -1;
        for (Figure figure : FigureSchema.current().figures()) {
            if (!figure.stated()) {
                continue;
            }
            ComparedAmount amount = figure.compared(unit);
            figures.add(new ExplainedFigure(figure.section(), figure.key(), figure.key() + ".reason",
                    RuleText.name(figure), amount.yearOnYear().get(), amount.reason().get()));
            if (figure.section() == DisclosureSection.THREE_PUBLIC) {
                afterThreePublic = figures.size();
            }
        }
        ThreePublicExpenses threePublic = unit.threePublic();
        figures.add(afterThreePublic < 0 ? figures.size() : afterThreePublic,
                new ExplainedFigure(DisclosureSection.THREE_PUBLIC, "total", "reason",
                        RuleText.term("figure.threePublic"), threePublic.total().yearOnYear().get(),
                        threePublic.reason().get()));
        return figures;
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
