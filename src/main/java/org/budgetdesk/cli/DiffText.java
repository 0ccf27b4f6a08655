package org.budgetdesk.cli;

import java.util.List;
import java.util.Map;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.compare.PlaceLabels;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.DisclosureSection;

/** The differences as text for a terminal: a heading per section, one line per difference, amounts in 万元. */
final class DiffText {
    private static final DisplayUnit UNIT = DisplayUnit.WAN_YUAN;

    private DiffText() {
    }

    static String render(Comparison comparison, String before, String after, Messages messages) {
        PlaceLabels labels = new PlaceLabels(messages);
        StringBuilder out = new StringBuilder();
        if (comparison.isEmpty()) {
            return out.append(messages.format("cli.diff.equal", before, after)).append('\n').toString();
        }
        out.append(messages.format("cli.diff.heading", before, after, comparison.size())).append('\n');
        for (Map.Entry<DisclosureSection, List<Difference>> group : comparison.bySection().entrySet()) {
            out.append(messages.format("cli.diff.section", labels.section(group.getKey()))).append('\n');
            for (Difference difference : group.getValue()) {
                out.append("  ").append(line(difference, labels, messages)).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(Difference difference, PlaceLabels labels, Messages messages) {
        String where = difference.unitName().isEmpty() ? labels.describe(difference)
                : difference.unitName() + " · " + labels.describe(difference);
        String before = quoted(difference, labels.value(difference, difference.before(), UNIT));
        String after = quoted(difference, labels.value(difference, difference.after(), UNIT));
        String delta = labels.delta(difference, UNIT);
        String change = messages.get("compare.change." + difference.change());
        String text = messages.format("cli.diff.line", where, before, after);
        if (!delta.isEmpty()) {
            text = messages.format("cli.diff.delta", text, delta);
        }
        return difference.change() == Difference.Change.CHANGED ? text
                : messages.format("cli.diff.marked", text, change);
    }

    /** Texts in quotes with line breaks shown as ⏎, so each difference stays on one line. */
    private static String quoted(Difference difference, String value) {
        if (difference.isFigure() || value.equals("—")) {
            return value;
        }
        return "“" + value.replace("\r\n", "⏎").replace("\n", "⏎") + "”";
    }
}
