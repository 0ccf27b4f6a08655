package org.budgetdesk.narrative;

import java.util.List;
import org.budgetdesk.narrative.Snapshot.Added;

/**
 * A figure the figure schema adds, stated where the outline puts {@code @figure KEY}: a compared figure with its
 * change and reason (as 机关运行经费 is), an amount, a count, or a text. Nothing is said of a figure that is nil.
 * The placeholder of a missing reason is placed at {@code figure.KEY}, so the draft check reports it at the
 * figure's own field.
 */
final class AddedFigureSection {
    private AddedFigureSection() {
    }

    /** @throws IllegalStateException when the schema declares no added figure of that key */
    static void write(Writing w, String key) {
        Added added = w.snapshot.added().get(key);
        if (added == null) {
            throw new IllegalStateException("the outline of " + w.template.region() + " names @figure " + key
                    + ", which the figure schema does not add; it adds: " + w.snapshot.added().keySet());
        }
        switch (added.kind()) {
            case COMPARED -> compared(w, key, added);
            case AMOUNT -> {
                if (added.amount().current().signum() != 0) {
                    w.paragraph("figure.amount", "name", added.name(), "amount", w.amount(added.amount().current()));
                }
            }
            case COUNT -> {
                if (added.count() != 0) {
                    w.paragraph("figure.count", "name", added.name(), "count", Integer.toString(added.count()));
                }
            }
            case TEXT -> {
                if (!added.text().isBlank()) {
                    w.out.paragraph(List.of(Span.text(Wording.closed(added.text()))));
                }
            }
        }
    }

    private static void compared(Writing w, String key, Added added) {
        if (added.amount().isNil()) {
            return;
        }
        Change change = w.change(added.amount(), "rate.scale");
        w.paragraph("figure.compared", Writing.concat(w.comparison(change, added.section()), "name", added.name(),
                "reason", w.reasonAt(change, added.amount().reason(), "figure.reason", "figure.missingReason",
                        Placeholder.FIGURE_KEY + key + ".reason", "name", added.name())));
    }
}
