package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.UnitTexts;

/**
 * One text of a unit that the explanation prints: where it is and how a message names it.
 *
 * @param label a Term or a Name naming the text in each language (“基本职能第2段”)
 */
record TextField(DisclosureSection section, String code, String field, RuleText.Words label, String text) {

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
        figures(texts, wanted, unit, DisclosureSection.OVERVIEW);
        figures(texts, wanted, unit, DisclosureSection.INCOME);
        for (FunctionalLine line : unit.functional().lines()) {
            add(texts, wanted, line.purpose().get(), text -> new TextField(DisclosureSection.FUNCTIONAL,
                    line.itemCode(), line.source().name() + ".purpose", RuleText.term("text.purpose", line.itemCode()),
                    text));
        }
        figures(texts, wanted, unit, DisclosureSection.FUNCTIONAL);
        figures(texts, wanted, unit, DisclosureSection.ECONOMIC);
        figures(texts, wanted, unit, DisclosureSection.THREE_PUBLIC);
        figures(texts, wanted, unit, DisclosureSection.OTHER);
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

    /** The texts of the schema's figures on one tab: each text, and the reason of each compared figure. */
    private static void figures(List<TextField> texts, Predicate<String> wanted, Unit unit,
                                DisclosureSection section) {
        for (Figure figure : FigureSchema.current().of(section)) {
            if (figure.kind() == FigureKind.TEXT) {
                add(texts, wanted, figure.text(unit).get(),
                        text -> new TextField(section, null, figure.key(), RuleText.name(figure), text));
            } else if (figure.kind() == FigureKind.COMPARED && !figure.isShare()) {
                add(texts, wanted, figure.compared(unit).reason().get(), text -> new TextField(section, null,
                        figure.key() + ".reason", RuleText.term("text.reason", RuleText.name(figure)), text));
            }
        }
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
