package org.budgetdesk.ui.income;

import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.ui.common.LocatableRow;

/**
 * A row of the income table: an entered funding source, or one of the derived totals.
 *
 * @param source  the funding source, or null for a total row
 * @param figures the row's current and prior figures, entered or summed
 * @param entered the entered figure of a source row, or null for a total row
 * @param share   the row's current figure as a share of 收入总计
 */
public record IncomeRow(Kind kind, String name, FundingSource source, Compared figures, ComparedAmount entered,
                        ObservableValue<Ratio> share) implements LocatableRow {

    /** What a row stands for. */
    public enum Kind { SOURCE, FISCAL_APPROPRIATION, CURRENT_YEAR_INCOME, CARRY_OVER, TOTAL }

    /** True for a funding source, whose figures and reason are entered. */
    public boolean isSource() {
        return entered != null;
    }

    @Override
    public boolean isAt(String code, String field) {
        return field != null && source != null && field.split("\\.")[0].equals(source.name());
    }

    @Override
    public String placeKey() {
        return source == null ? "" : source.name();
    }
}
