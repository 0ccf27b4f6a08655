package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The “三公”经费 of one fund (or of several together): the four parts with the vehicle subtotal and the total, live.
 * The parts are entered amounts for the funds a user enters, and remainders for the 一般公共预算 share.
 */
public final class ThreePublicShare {
    private final Map<ThreePublicPart, Compared> parts = new EnumMap<>(ThreePublicPart.class);
    private final ComparedTotal vehicles;
    private final ComparedTotal total;

    ThreePublicShare(String name, Function<ThreePublicPart, Compared> part) {
        for (ThreePublicPart each : ThreePublicPart.values()) {
            parts.put(each, part.apply(each));
        }
        vehicles = new ComparedTotal(name + ".vehicles");
        vehicles.add(parts.get(ThreePublicPart.VEHICLE_PURCHASE));
        vehicles.add(parts.get(ThreePublicPart.VEHICLE_OPERATION));
        total = new ComparedTotal(name + ".total");
        total.add(parts.get(ThreePublicPart.OVERSEAS_TRAVEL));
        total.add(parts.get(ThreePublicPart.RECEPTION));
        total.add(vehicles);
    }

    /** One part of this share. */
    public Compared part(ThreePublicPart part) {
        return parts.get(part);
    }

    /** 公务用车购置及运行维护费 of this share. */
    public ComparedTotal vehicles() {
        return vehicles;
    }

    /** The “三公” total of this share. */
    public ComparedTotal total() {
        return total;
    }
}
