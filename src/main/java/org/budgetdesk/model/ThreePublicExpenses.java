package org.budgetdesk.model;

import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * “三公”经费: overseas travel, official reception, vehicle purchase and vehicle operation, each with its prior and
 * reason; the vehicle subtotal (公务用车购置及运行维护费) and the total are live.
 */
public final class ThreePublicExpenses {
    private final ComparedAmount overseasTravel = new ComparedAmount();
    private final ComparedAmount reception = new ComparedAmount();
    private final ComparedAmount vehiclePurchase = new ComparedAmount();
    private final ComparedAmount vehicleOperation = new ComparedAmount();
    private final ComparedTotal vehicles = new ComparedTotal("threePublic.vehicles");
    private final ComparedTotal total = new ComparedTotal("threePublic.total");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty receptionPlan = new SimpleStringProperty(this, "receptionPlan", "");

    public ThreePublicExpenses() {
        vehicles.add(vehiclePurchase);
        vehicles.add(vehicleOperation);
        total.add(overseasTravel);
        total.add(reception);
        total.add(vehicles);
    }

    /** 因公出国(境)费. */
    public ComparedAmount overseasTravel() {
        return overseasTravel;
    }

    /** 公务接待费. */
    public ComparedAmount reception() {
        return reception;
    }

    /** 公务用车购置费. */
    public ComparedAmount vehiclePurchase() {
        return vehiclePurchase;
    }

    /** 公务用车运行维护费. */
    public ComparedAmount vehicleOperation() {
        return vehicleOperation;
    }

    /** 公务用车购置及运行维护费 = purchase + operation. */
    public ComparedTotal vehicles() {
        return vehicles;
    }

    /** The “三公” total = overseas travel + reception + vehicles. */
    public ComparedTotal total() {
        return total;
    }

    /** The share of a part in the “三公” total. */
    public ObjectBinding<Ratio> shareOf(Compared part) {
        return Derived.share(part.current(), total.current());
    }

    /** Why the total changed. */
    public StringProperty reason() {
        return reason;
    }

    /** What the reception budget is planned for. */
    public StringProperty receptionPlan() {
        return receptionPlan;
    }
}
