package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/** The single-valued fields of a unit, listed once, for code that treats them all alike (consolidation). */
final class UnitFields {
    /** Every entered amount outside the line lists. */
    static final List<Function<Unit, ObjectProperty<BigDecimal>>> AMOUNTS;
    /** Every entered count. */
    static final List<Function<Unit, IntegerProperty>> COUNTS;
    /** Every single text outside the line lists. */
    static final List<Function<Unit, StringProperty>> TEXTS;

    static {
        List<Function<Unit, ObjectProperty<BigDecimal>>> amounts = new ArrayList<>();
        List<Function<Unit, StringProperty>> texts = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            addCompared(amounts, texts, unit -> unit.income().source(source));
        }
        addCompared(amounts, texts, unit -> unit.threePublic().overseasTravel());
        addCompared(amounts, texts, unit -> unit.threePublic().reception());
        addCompared(amounts, texts, unit -> unit.threePublic().vehiclePurchase());
        addCompared(amounts, texts, unit -> unit.threePublic().vehicleOperation());
        for (Fund fund : Fund.values()) {
            if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                for (ThreePublicPart part : ThreePublicPart.values()) {
                    amounts.add(unit -> unit.threePublic().entered(fund, part).current());
                    amounts.add(unit -> unit.threePublic().entered(fund, part).prior());
                }
            }
        }
        addCompared(amounts, texts, Unit::operatingCosts);
        amounts.add(unit -> unit.procurement().goods());
        amounts.add(unit -> unit.procurement().works());
        amounts.add(unit -> unit.procurement().services());
        texts.add(unit -> unit.threePublic().reason());
        texts.add(unit -> unit.threePublic().receptionPlan());
        texts.add(unit -> unit.assets().note());
        texts.add(unit -> unit.texts().appropriationPurpose());
        texts.add(unit -> unit.performance().overallGoals());

        List<Function<Unit, IntegerProperty>> counts = new ArrayList<>();
        for (VehicleUse use : VehicleUse.values()) {
            counts.add(unit -> unit.assets().vehicles(use));
        }
        counts.add(unit -> unit.assets().largeEquipment());
        counts.add(unit -> unit.assets().plannedVehicles());
        counts.add(unit -> unit.assets().plannedLargeEquipment());

        AMOUNTS = List.copyOf(amounts);
        COUNTS = List.copyOf(counts);
        TEXTS = List.copyOf(texts);
    }

    private UnitFields() {
    }

    private static void addCompared(List<Function<Unit, ObjectProperty<BigDecimal>>> amounts,
                                    List<Function<Unit, StringProperty>> texts,
                                    Function<Unit, ComparedAmount> figure) {
        amounts.add(unit -> figure.apply(unit).current());
        amounts.add(unit -> figure.apply(unit).prior());
        texts.add(unit -> figure.apply(unit).reason());
    }
}
