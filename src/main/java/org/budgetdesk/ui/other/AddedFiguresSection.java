package org.budgetdesk.ui.other;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;

/**
 * The figures the figure schema adds that no table of another tab lists (the “三公” tab lists its compared ones): a
 * form field for each, by kind: this year's amount, last year's (or 未公开) and the reason; an amount; a count; a
 * text. Each field is named {@code added-KEY} (with {@code -prior} or {@code -reason}).
 */
final class AddedFiguresSection {
    private AddedFiguresSection() {
    }

    /** The figures the section shows, in the schema's order. */
    static List<Figure> figures() {
        return FigureSchema.current().added().stream().filter(figure -> !figure.isShare()
                && !(figure.section() == DisclosureSection.THREE_PUBLIC
                && figure.kind() == FigureKind.COMPARED)).toList();
    }

    /** The section, or empty when the schema adds nothing for it. */
    static Optional<Node> build(OtherViewModel viewModel, Messages messages) {
        List<Figure> figures = figures();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Form form = new Form("addedFiguresForm", viewModel, messages);
        int row = 0;
        for (Figure figure : figures) {
            String id = "added-" + figure.key();
            String name = figure.name(messages.locale());
            switch (figure.kind()) {
                case COMPARED -> {
                    form.amountLabelled(id, name, unit -> figure.compared(unit).current(), 0, row);
                    form.priorAmountLabelled(id + "-prior", messages.format("other.added.prior", name),
                            unit -> figure.compared(unit).prior(), 1, row++);
                    form.textLabelled(id + "-reason", messages.format("other.added.reason", name),
                            unit -> figure.compared(unit).reason(), row);
                }
                case AMOUNT -> form.amountLabelled(id, name, figure::amount, 0, row);
                case COUNT -> form.count(id, name, figure::count, 0, row);
                case TEXT -> form.textLabelled(id, name, figure::text, row);
            }
            row++;
        }
        return Optional.of(form.node());
    }
}
