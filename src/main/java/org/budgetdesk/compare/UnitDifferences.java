package org.budgetdesk.compare;

import java.util.List;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.Unit;

/** The differences between two drafts of one unit, section by section. */
final class UnitDifferences {
    private final Recorder out;
    private final CodeNames names;
    private final int index;
    private final String name;

    UnitDifferences(Recorder out, CodeNames names, int index, String name) {
        this.out = out;
        this.names = names;
        this.index = index;
        this.name = name;
    }

    void compare(Unit before, Unit after) {
        out.at(DisclosureSection.OVERVIEW, index, name);
        out.text("unit.name", "", before.name().get(), after.name().get());
        paragraphs("functions", before.texts().functions(), after.texts().functions());
        paragraphs("keyTasks", before.texts().keyTasks(), after.texts().keyTasks());
        figures(DisclosureSection.OVERVIEW, before, after);
        out.at(DisclosureSection.INCOME, index, name);
        figures(DisclosureSection.INCOME, before, after);
        LineDifferences lines = new LineDifferences(out, names);
        out.at(DisclosureSection.FUNCTIONAL, index, name);
        lines.functional(before.functional(), after.functional());
        figures(DisclosureSection.FUNCTIONAL, before, after);
        out.at(DisclosureSection.ECONOMIC, index, name);
        lines.economic(before.economic(), after.economic());
        figures(DisclosureSection.ECONOMIC, before, after);
        out.at(DisclosureSection.THREE_PUBLIC, index, name);
        figures(DisclosureSection.THREE_PUBLIC, before, after);
        out.at(DisclosureSection.OTHER, index, name);
        figures(DisclosureSection.OTHER, before, after);
        lines.projects(before.performance(), after.performance());
        out.text("overallTargets.indicators", "", PerformanceIndicator.lines(before.performance().overallIndicators()),
                PerformanceIndicator.lines(after.performance().overallIndicators()));
    }

    /** Every figure of the schema on one tab, by its key (a fund's share has no reason of its own). */
    private void figures(DisclosureSection section, Unit before, Unit after) {
        for (Figure figure : FigureSchema.current().of(section)) {
            String line = figure.key();
            switch (figure.kind()) {
                case COMPARED -> {
                    ComparedAmount earlier = figure.compared(before);
                    ComparedAmount later = figure.compared(after);
                    out.amount(line + ".current", "", earlier.current().get(), later.current().get());
                    out.amount(line + ".prior", "", earlier.prior().get(), later.prior().get());
                    if (!figure.isShare()) {
                        out.text(line + ".reason", "", earlier.reason().get(), later.reason().get());
                    }
                }
                case AMOUNT -> out.amount(line, "", figure.amount(before).get(), figure.amount(after).get());
                case COUNT -> out.count(line, "", figure.count(before).get(), figure.count(after).get());
                case TEXT -> out.text(line, "", figure.text(before).get(), figure.text(after).get());
            }
        }
    }

    private void paragraphs(String list, List<String> before, List<String> after) {
        for (ParagraphDiff.Edit edit : ParagraphDiff.of(before, after)) {
            if (edit.before() < 0) {
                out.added(list + "/" + edit.after(), "", after.get(edit.after()));
            } else if (edit.after() < 0) {
                out.removed(list + "/" + edit.before(), "", before.get(edit.before()));
            } else {
                out.text(list + "/" + edit.after(), "", before.get(edit.before()), after.get(edit.after()));
            }
        }
    }
}
