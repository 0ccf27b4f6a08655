package org.budgetdesk.ui.threepublic;

import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Ratio;

/**
 * A row of the “三公” table: the total or the vehicle subtotal (derived), or one of the four entered parts.
 *
 * @param entered the entered figure, or null for a derived row
 * @param share   the row's current amount as a share of the “三公” total
 */
public record ThreePublicRow(Part part, String name, Compared figure, ComparedAmount entered,
                             ObservableValue<Ratio> share) {

    /** What a row stands for, in table order. */
    public enum Part { TOTAL, OVERSEAS_TRAVEL, RECEPTION, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION }

    public boolean isEntered() {
        return entered != null;
    }
}
