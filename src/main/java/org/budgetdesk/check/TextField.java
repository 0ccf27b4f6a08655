package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdesk.check.Location.Section;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.UnitTexts;

/**
 * One text of a unit that the explanation prints: where it is and how a message names it.
 *
 * @param label a Term naming the text in each language (“基本职能第2段”)
 */
record TextField(Section section, String code, String field, RuleText.Term label, String text) {

    /** Every non-blank text of a unit, tab by tab. */
    static List<TextField> of(Unit unit) {
        List<TextField> texts = new ArrayList<>();
        UnitTexts own = unit.texts();
        for (int i = 0; i < own.functions().size(); i++) {
            add(texts, Section.OVERVIEW, null, "functions." + i, RuleText.term("text.functions", i + 1),
                    own.functions().get(i));
        }
        for (int i = 0; i < own.keyTasks().size(); i++) {
            add(texts, Section.OVERVIEW, null, "keyTasks." + i, RuleText.term("text.keyTasks", i + 1),
                    own.keyTasks().get(i));
        }
        add(texts, Section.OVERVIEW, null, "appropriationPurpose", RuleText.term("text.appropriationPurpose"),
                own.appropriationPurpose().get());
        for (FundingSource source : FundingSource.values()) {
            add(texts, Section.INCOME, null, source.name() + ".reason",
                    RuleText.term("text.reason", RuleText.term("source." + source.name())),
                    unit.income().source(source).reason().get());
        }
        for (FunctionalLine line : unit.functional().lines()) {
            add(texts, Section.FUNCTIONAL, line.itemCode(), line.source().name() + ".purpose",
                    RuleText.term("text.purpose", line.itemCode()), line.purpose().get());
        }
        ThreePublicExpenses threePublic = unit.threePublic();
        for (Map.Entry<String, ComparedAmount> part : threePublicParts(threePublic).entrySet()) {
            add(texts, Section.THREE_PUBLIC, null, part.getKey() + ".reason",
                    RuleText.term("text.reason", RuleText.term("figure." + part.getKey())),
                    part.getValue().reason().get());
        }
        add(texts, Section.THREE_PUBLIC, null, "reason",
                RuleText.term("text.reason", RuleText.term("figure.threePublic")), threePublic.reason().get());
        add(texts, Section.THREE_PUBLIC, null, "receptionPlan", RuleText.term("text.receptionPlan"),
                threePublic.receptionPlan().get());
        add(texts, Section.OTHER, null, "operatingCosts.reason",
                RuleText.term("text.reason", RuleText.term("figure.operatingCosts")),
                unit.operatingCosts().reason().get());
        add(texts, Section.OTHER, null, "assets.note", RuleText.term("text.assetsNote"), unit.assets().note().get());
        List<PerformanceProject> projects = unit.performance().projects();
        for (int i = 0; i < projects.size(); i++) {
            PerformanceProject project = projects.get(i);
            add(texts, Section.OTHER, null, "projects." + i + ".name",
                    RuleText.term("text.projectName", i + 1), project.name().get());
            add(texts, Section.OTHER, null, "projects." + i + ".goals",
                    RuleText.term("text.projectGoals", project.name().get()), project.goals().get());
        }
        return texts;
    }

    /** The four “三公” parts by field name, in the order the table lists them. */
    static Map<String, ComparedAmount> threePublicParts(ThreePublicExpenses threePublic) {
        return orderedMap("overseasTravel", threePublic.overseasTravel(), "reception", threePublic.reception(),
                "vehiclePurchase", threePublic.vehiclePurchase(), "vehicleOperation", threePublic.vehicleOperation());
    }

    private static Map<String, ComparedAmount> orderedMap(Object... entries) {
        Map<String, ComparedAmount> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], (ComparedAmount) entries[i + 1]);
        }
        return map;
    }

    private static void add(List<TextField> texts, Section section, String code, String field,
                            RuleText.Term label, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new TextField(section, code, field, label, text));
        }
    }

    /** The text around a position, at most {@code radius} characters each side, with … where it is cut. */
    String excerpt(int start, int end, int radius) {
        int from = Math.max(0, start - radius);
        int to = Math.min(text.length(), end + radius);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
