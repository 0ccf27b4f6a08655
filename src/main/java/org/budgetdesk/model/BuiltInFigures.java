package org.budgetdesk.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a unit holds each figure the build knows by name: the schema's keys with a field of their own (and a typed
 * accessor the rest of the code uses). A key of the schema not listed here is held in {@link Unit#added()}.
 */
final class BuiltInFigures {
    private static final Map<String, Function<Unit, Object>> ACCESS = new HashMap<>();

    static {
        for (FundingSource source : FundingSource.values()) {
            put(source.name(), unit -> unit.income().source(source));
        }
        for (ThreePublicPart part : ThreePublicPart.values()) {
            put(part.key(), unit -> unit.threePublic().part(part));
            for (Fund fund : Fund.values()) {
                if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                    put(part.key() + "/" + fund.name(), unit -> unit.threePublic().entered(fund, part));
                }
            }
        }
        put("reason", unit -> unit.threePublic().reason());
        put("receptionPlan", unit -> unit.threePublic().receptionPlan());
        put("operatingCosts", Unit::operatingCosts);
        put("procurement.goods", unit -> unit.procurement().goods());
        put("procurement.works", unit -> unit.procurement().works());
        put("procurement.services", unit -> unit.procurement().services());
        for (VehicleUse use : VehicleUse.values()) {
            put("assets." + use.name(), unit -> unit.assets().vehicles(use));
        }
        put("assets.largeEquipment", unit -> unit.assets().largeEquipment());
        put("assets.plannedVehicles", unit -> unit.assets().plannedVehicles());
        put("assets.plannedLargeEquipment", unit -> unit.assets().plannedLargeEquipment());
        put("assets.note", unit -> unit.assets().note());
        put("overallTargets.goals", unit -> unit.performance().overallGoals());
        put("appropriationPurpose", unit -> unit.texts().appropriationPurpose());
    }

    private BuiltInFigures() {
    }

    /** Where a unit holds the figure of this key, or null when the build does not know it by name. */
    static Function<Unit, Object> access(String key) {
        return ACCESS.get(key);
    }

    /** Every key the build knows by name. */
    static Set<String> keys() {
        return Set.copyOf(ACCESS.keySet());
    }

    private static void put(String key, Function<Unit, Object> access) {
        ACCESS.put(key, access);
    }
}
