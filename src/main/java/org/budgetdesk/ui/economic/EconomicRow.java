package org.budgetdesk.ui.economic;

import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.ui.common.LocatableRow;

/**
 * A row of the economic classification tree: the total, the 人员经费 or 公用经费 summary, a class (all derived) or
 * an entered 款 line.
 *
 * @param category the line's or class's category; null for the total and the summaries
 * @param line     the entered line, or null for a derived row
 * @param share    the row's current figure as a share of the unit's basic expenditure total
 * @param project  the row's 项目支出: the line's, or the sum of the lines under the row
 * @param total    基本支出 and 项目支出 together (合计), as published table 2-1 shows them
 */
public record EconomicRow(Level level, String code, String name, BasicCostCategory category, Compared figures,
                          EconomicLine line, ObservableValue<Ratio> share,
                          ObservableValue<java.math.BigDecimal> project, ObservableValue<java.math.BigDecimal> total)
        implements LocatableRow {

    /** What a row stands for. */
    public enum Level { TOTAL, CATEGORY, CLASS, LINE }

    public boolean isLine() {
        return line != null;
    }

    @Override
    public boolean isAt(String code, String field) {
        return code != null && code.equals(this.code);
    }

    @Override
    public String placeKey() {
        return code == null ? "" : code;
    }
}
