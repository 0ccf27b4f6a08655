package org.budgetdesk.ui.threepublic;

import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.Ratio;

/**
 * A row of the “三公” table: the total or the vehicle subtotal (derived), one of the four entered parts, a figure the
 * figure schema adds, or, below them, what one fund pays (一般公共预算's share is derived: what the other funds leave).
 *
 * @param fund    the fund the row is about, or null for the whole “三公”经费
 * @param entered the entered figure, or null for a derived row
 * @param share   the row's current amount as a share of the “三公” total
 */
public record ThreePublicRow(Part part, Fund fund, String name, Compared figure, ComparedAmount entered,
                             ObservableValue<Ratio> share) {

    /**
     * What a row stands for, in table order; {@code ADDED} is a figure the figure schema adds to the tab (培训费…),
     * listed after the “三公” parts and outside their total.
     */
    public enum Part { TOTAL, OVERSEAS_TRAVEL, RECEPTION, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION, ADDED, FISCAL }

    public boolean isEntered() {
        return entered != null;
    }

    /** Whether the row takes a reason: the whole “三公” parts do, a fund's share of them does not. */
    public boolean takesReason() {
        return entered != null && fund == null;
    }
}
