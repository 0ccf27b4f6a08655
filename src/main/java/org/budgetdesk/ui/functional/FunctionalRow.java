package org.budgetdesk.ui.functional;

import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.FunctionalFigures;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.ui.common.LocatableRow;

/**
 * A row of the functional spending tree: the total, a 类, a 款 (all derived) or an entered line.
 *
 * @param line  the entered line, or null for a subtotal row
 * @param share the row's total as a share of the unit's total
 */
public record FunctionalRow(Level level, String code, String name, FunctionalFigures figures, Compared compared,
                            FunctionalLine line, ObservableValue<Ratio> share) implements LocatableRow {

    /** What a row stands for. */
    public enum Level { TOTAL, CLASS, SECTION, LINE }

    public boolean isLine() {
        return line != null;
    }

    @Override
    public boolean isAt(String code, String field) {
        if (code == null || !code.equals(this.code)) {
            return false;
        }
        return field == null || line == null || field.startsWith(line.source().name());
    }

    @Override
    public String placeKey() {
        return line != null ? code + "/" + line.source().name() : code;
    }
}
