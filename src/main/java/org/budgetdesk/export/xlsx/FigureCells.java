package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Unit;

/**
 * The cells of the figures the figure schema adds, on tables with a row per unit (income, “三公”): a template shows
 * one as a column with the field {@code figure.KEY} (this year's amount) or {@code prior.figure.KEY} (last year's, for
 * a compared figure). So a region can publish a figure the schema adds without any Java change.
 */
final class FigureCells {
    private static final String CURRENT = "figure.";
    private static final String PRIOR = "prior.figure.";

    private FigureCells() {
    }

    /** Whether the field is the cell of an amount or compared figure the schema adds. */
    static boolean supports(String field) {
        if (field.startsWith(PRIOR)) {
            Figure figure = added(field.substring(PRIOR.length()));
            return figure != null && figure.kind() == FigureKind.COMPARED;
        }
        return field.startsWith(CURRENT) && added(field.substring(CURRENT.length())) != null;
    }

    /** Every field of the added amounts, for the 合计 row's sums. */
    static List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (Figure figure : amounts()) {
            fields.add(CURRENT + figure.key());
            if (figure.kind() == FigureKind.COMPARED) {
                fields.add(PRIOR + figure.key());
            }
        }
        return fields;
    }

    /** Puts a unit's added amounts in its row. */
    static void fill(TableRow row, Unit unit) {
        for (Figure figure : amounts()) {
            if (figure.kind() == FigureKind.COMPARED) {
                row.amount(CURRENT + figure.key(), figure.compared(unit).current().get());
                row.amount(PRIOR + figure.key(), figure.compared(unit).prior().get());
            } else {
                row.amount(CURRENT + figure.key(), figure.amount(unit).get());
            }
        }
    }

    private static List<Figure> amounts() {
        return FigureSchema.current().added().stream()
                .filter(figure -> figure.kind() == FigureKind.COMPARED || figure.kind() == FigureKind.AMOUNT)
                .toList();
    }

    private static Figure added(String key) {
        Figure figure = FigureSchema.current().figure(key);
        return figure != null && FigureSchema.isAdded(figure)
                && (figure.kind() == FigureKind.COMPARED || figure.kind() == FigureKind.AMOUNT) ? figure : null;
    }
}
