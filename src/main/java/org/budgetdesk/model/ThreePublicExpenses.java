package org.budgetdesk.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * “三公”经费: overseas travel, official reception, vehicle purchase and vehicle operation, each with its prior and
 * reason, from every source; the vehicle subtotal (公务用车购置及运行维护费) and the total are live.
 *
 * <p>What 政府性基金, 国有资本经营 and the unit's other money pay of each part is entered as well ({@link #entered});
 * the 一般公共预算 share is what is left ({@link #share}), so a unit whose “三公” is all 一般公共预算 enters nothing more.
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
    private final Map<Fund, Map<ThreePublicPart, ComparedAmount>> entered =
            new EnumMap<>(Fund.class);
    private final Map<Fund, ThreePublicShare> shares = new EnumMap<>(Fund.class);
    private final ThreePublicShare fiscal;
    private final ThreePublicShare all;

    public ThreePublicExpenses() {
        vehicles.add(vehiclePurchase);
        vehicles.add(vehicleOperation);
        total.add(overseasTravel);
        total.add(reception);
        total.add(vehicles);
        for (Fund fund : Fund.values()) {
            if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                Map<ThreePublicPart, ComparedAmount> amounts = new EnumMap<>(ThreePublicPart.class);
                for (ThreePublicPart part : ThreePublicPart.values()) {
                    amounts.put(part, new ComparedAmount());
                }
                entered.put(fund, amounts);
                shares.put(fund, new ThreePublicShare("threePublic." + fund, amounts::get));
            }
        }
        shares.put(Fund.GENERAL_PUBLIC_BUDGET, new ThreePublicShare("threePublic.general", part ->
                new Remainder(part(part), entered.values().stream().map(amounts -> amounts.get(part)).toList())));
        fiscal = new ThreePublicShare("threePublic.fiscal", part -> new Remainder(part(part),
                List.of(entered.get(Fund.NON_FISCAL).get(part))));
        all = new ThreePublicShare("threePublic.all", this::part);
    }

    /** The whole “三公”经费, from every source, as a share like the others (its parts are the entered ones). */
    public ThreePublicShare all() {
        return all;
    }

    /** A part from every source. */
    public ComparedAmount part(ThreePublicPart part) {
        return switch (part) {
            case OVERSEAS_TRAVEL -> overseasTravel;
            case RECEPTION -> reception;
            case VEHICLE_PURCHASE -> vehiclePurchase;
            case VEHICLE_OPERATION -> vehicleOperation;
        };
    }

    /**
     * What one fund other than 一般公共预算 pays of a part, as entered.
     *
     * @throws IllegalArgumentException for 一般公共预算, whose share is what is left
     */
    public ComparedAmount entered(Fund fund, ThreePublicPart part) {
        Map<ThreePublicPart, ComparedAmount> amounts = entered.get(fund);
        if (amounts == null) {
            throw new IllegalArgumentException("the 一般公共预算 share of “三公” is what the other funds leave");
        }
        return amounts.get(part);
    }

    /** The “三公”经费 one fund pays: entered, or for 一般公共预算 what the others leave. */
    public ThreePublicShare share(Fund fund) {
        return shares.get(fund);
    }

    /** 财政拨款“三公”经费: what the three appropriations pay, i.e. all but the unit's other money. */
    public ThreePublicShare fiscal() {
        return fiscal;
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
