package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
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
record TextField(DisclosureSection section, String code, String field, RuleText.Term label, String text) {

    /** Makes the field of a text that passed the filter; only those are made. */
    private interface Maker {
        TextField make(String text);
    }

    /**
     * The unit's non-blank texts that {@code wanted} accepts, tab by tab. The filter is a cheap first look (does the
     * text hold 年 at all?), so the thousands of texts of a large department cost little.
     */
    static List<TextField> of(Unit unit, Predicate<String> wanted) {
        List<TextField> texts = new ArrayList<>();
        UnitTexts own = unit.texts();
        for (int i = 0; i < own.functions().size(); i++) {
            int index = i;
            add(texts, wanted, own.functions().get(i), text -> new TextField(DisclosureSection.OVERVIEW, null,
                    "functions." + index, RuleText.term("text.functions", index + 1), text));
        }
        for (int i = 0; i < own.keyTasks().size(); i++) {
            int index = i;
            add(texts, wanted, own.keyTasks().get(i), text -> new TextField(DisclosureSection.OVERVIEW, null,
                    "keyTasks." + index, RuleText.term("text.keyTasks", index + 1), text));
        }
        add(texts, wanted, own.appropriationPurpose().get(), text -> new TextField(DisclosureSection.OVERVIEW, null,
                "appropriationPurpose", RuleText.term("text.appropriationPurpose"), text));
        for (FundingSource source : FundingSource.values()) {
            add(texts, wanted, unit.income().source(source).reason().get(),
                    text -> new TextField(DisclosureSection.INCOME, null, source.name() + ".reason",
                            RuleText.term("text.reason", RuleText.term("source." + source.name())), text));
        }
        for (FunctionalLine line : unit.functional().lines()) {
            add(texts, wanted, line.purpose().get(), text -> new TextField(DisclosureSection.FUNCTIONAL,
                    line.itemCode(), line.source().name() + ".purpose", RuleText.term("text.purpose", line.itemCode()),
                    text));
        }
        ThreePublicExpenses threePublic = unit.threePublic();
        for (Map.Entry<String, ComparedAmount> part : threePublicParts(threePublic).entrySet()) {
            add(texts, wanted, part.getValue().reason().get(),
                    text -> new TextField(DisclosureSection.THREE_PUBLIC, null, part.getKey() + ".reason",
                            RuleText.term("text.reason", RuleText.term("figure." + part.getKey())), text));
        }
        add(texts, wanted, threePublic.reason().get(), text -> new TextField(DisclosureSection.THREE_PUBLIC, null,
                "reason", RuleText.term("text.reason", RuleText.term("figure.threePublic")), text));
        add(texts, wanted, threePublic.receptionPlan().get(),
                text -> new TextField(DisclosureSection.THREE_PUBLIC, null, "receptionPlan",
                        RuleText.term("text.receptionPlan"), text));
        add(texts, wanted, unit.operatingCosts().reason().get(), text -> new TextField(DisclosureSection.OTHER, null,
                "operatingCosts.reason", RuleText.term("text.reason", RuleText.term("figure.operatingCosts")), text));
        add(texts, wanted, unit.assets().note().get(), text -> new TextField(DisclosureSection.OTHER, null,
                "assets.note", RuleText.term("text.assetsNote"), text));
        List<PerformanceProject> projects = unit.performance().projects();
        for (int i = 0; i < projects.size(); i++) {
            int index = i;
            PerformanceProject project = projects.get(i);
            add(texts, wanted, project.name().get(), text -> new TextField(DisclosureSection.OTHER, null,
                    "projects." + index + ".name", RuleText.term("text.projectName", index + 1), text));
            add(texts, wanted, project.goals().get(), text -> new TextField(DisclosureSection.OTHER, null,
                    "projects." + index + ".goals", RuleText.term("text.projectGoals", project.name().get()), text));
        }
        return texts;
    }

    /** The four “三公” parts by field name, in the order the table lists them. */
    static Map<String, ComparedAmount> threePublicParts(ThreePublicExpenses threePublic) {
        Map<String, ComparedAmount> parts = new LinkedHashMap<>();
        parts.put("overseasTravel", threePublic.overseasTravel());
        parts.put("reception", threePublic.reception());
        parts.put("vehiclePurchase", threePublic.vehiclePurchase());
        parts.put("vehicleOperation", threePublic.vehicleOperation());
        return parts;
    }

    private static void add(List<TextField> texts, Predicate<String> wanted, String text, Maker maker) {
        if (text != null && !text.isBlank() && wanted.test(text)) {
            texts.add(maker.make(text));
        }
    }

    /** The text around a position, at most {@code radius} characters each side, with … where it is cut. */
    String excerpt(int start, int end, int radius) {
        int from = Math.max(0, start - radius);
        int to = Math.min(text.length(), end + radius);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
