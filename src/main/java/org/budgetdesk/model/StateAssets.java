package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 国有资产占有使用: vehicles by use, large equipment (over 200万元), and what the budget plans to buy. */
public final class StateAssets {
    /**
     * The most vehicles or pieces of equipment one unit may count: beyond any department, and small enough that a
     * thousand units still add up without overflowing. The workbench refuses more, and so does a project file.
     */
    public static final int MAX_COUNT = 1_000_000;
    private final Map<VehicleUse, IntegerProperty> vehicles = new EnumMap<>(VehicleUse.class);
    private final IntegerProperty largeEquipment = new SimpleIntegerProperty(this, "largeEquipment", 0);
    private final IntegerProperty plannedVehicles = new SimpleIntegerProperty(this, "plannedVehicles", 0);
    private final IntegerProperty plannedLargeEquipment = new SimpleIntegerProperty(this, "plannedLargeEquipment", 0);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final IntegerBinding vehicleTotal;

    public StateAssets() {
        for (VehicleUse use : VehicleUse.values()) {
            vehicles.put(use, new SimpleIntegerProperty(this, "vehicles." + use, 0));
        }
        vehicleTotal = Bindings.createIntegerBinding(
                () -> vehicles.values().stream().mapToInt(IntegerProperty::get).sum(),
                vehicles.values().toArray(IntegerProperty[]::new));
    }

    /** Vehicles held at the end of last year, of one use. */
    public IntegerProperty vehicles(VehicleUse use) {
        return vehicles.get(use);
    }

    /** Every vehicle held. */
    public IntegerBinding vehicleTotal() {
        return vehicleTotal;
    }

    /** Items of equipment worth over 200万元 each. */
    public IntegerProperty largeEquipment() {
        return largeEquipment;
    }

    /** Vehicles this year's budget buys. */
    public IntegerProperty plannedVehicles() {
        return plannedVehicles;
    }

    /** Large equipment this year's budget buys. */
    public IntegerProperty plannedLargeEquipment() {
        return plannedLargeEquipment;
    }

    /** Anything else the explanation should say about assets. */
    public StringProperty note() {
        return note;
    }
}
