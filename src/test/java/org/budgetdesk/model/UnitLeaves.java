package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;

/**
 * The entered values of a unit, flattened to path → value, listed here independently of the model's own field
 * lists so that a field the model forgets is caught. Line paths are keyed by the line's identity (code and
 * source), so the same path in two units names the lines that consolidate into one.
 */
public final class UnitLeaves {
    private static final Map<String, Function<ThreePublicExpenses, ComparedAmount>> THREE_PUBLIC_PARTS = Map.of(
            "overseasTravel", ThreePublicExpenses::overseasTravel,
            "reception", ThreePublicExpenses::reception,
            "vehiclePurchase", ThreePublicExpenses::vehiclePurchase,
            "vehicleOperation", ThreePublicExpenses::vehicleOperation);

    private UnitLeaves() {
    }

    /** Every entered amount of a unit except the projects'. */
    public static SortedMap<String, BigDecimal> amounts(Unit unit) {
        SortedMap<String, BigDecimal> amounts = new TreeMap<>();
        for (FundingSource source : FundingSource.values()) {
            putCompared(amounts, "income/" + source, unit.income().source(source));
        }
        THREE_PUBLIC_PARTS.forEach((name, part) ->
                putCompared(amounts, "threePublic/" + name, part.apply(unit.threePublic())));
        putCompared(amounts, "operatingCosts", unit.operatingCosts());
        put(amounts, "procurement/goods", unit.procurement().goods());
        put(amounts, "procurement/works", unit.procurement().works());
        put(amounts, "procurement/services", unit.procurement().services());
        for (FunctionalLine line : unit.functional().lines()) {
            String path = functionalPath(line);
            put(amounts, path + "/personnel", line.personnel());
            put(amounts, path + "/publicCosts", line.publicCosts());
            put(amounts, path + "/project", line.project());
            put(amounts, path + "/prior", line.prior());
        }
        for (EconomicLine line : unit.economic().lines()) {
            putCompared(amounts, economicPath(line), line);
        }
        return amounts;
    }

    /** Every entered count of a unit. */
    public static SortedMap<String, Integer> counts(Unit unit) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (VehicleUse use : VehicleUse.values()) {
            counts.put("assets/vehicles/" + use, unit.assets().vehicles(use).get());
        }
        counts.put("assets/largeEquipment", unit.assets().largeEquipment().get());
        counts.put("assets/plannedVehicles", unit.assets().plannedVehicles().get());
        counts.put("assets/plannedLargeEquipment", unit.assets().plannedLargeEquipment().get());
        return counts;
    }

    /** Every single text of a unit outside its lines and projects (the ones the consolidated unit takes over). */
    public static SortedMap<String, String> texts(Unit unit) {
        SortedMap<String, String> texts = new TreeMap<>();
        for (FundingSource source : FundingSource.values()) {
            texts.put("income/" + source + "/reason", unit.income().source(source).reason().get());
        }
        THREE_PUBLIC_PARTS.forEach((name, part) ->
                texts.put("threePublic/" + name + "/reason", part.apply(unit.threePublic()).reason().get()));
        texts.put("threePublic/reason", unit.threePublic().reason().get());
        texts.put("threePublic/receptionPlan", unit.threePublic().receptionPlan().get());
        texts.put("operatingCosts/reason", unit.operatingCosts().reason().get());
        texts.put("assets/note", unit.assets().note().get());
        texts.put("texts/appropriationPurpose", unit.texts().appropriationPurpose().get());
        texts.put("texts/functions", String.join("¶", unit.texts().functions()));
        texts.put("texts/keyTasks", String.join("¶", unit.texts().keyTasks()));
        return texts;
    }

    /** The texts and order of a unit's lines and its projects, with the projects' amounts. */
    public static SortedMap<String, String> linesAndProjects(Unit unit) {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("functional/order", unit.functional().lines().stream()
                .map(UnitLeaves::functionalPath).collect(Collectors.joining(" ")));
        values.put("economic/order", unit.economic().lines().stream()
                .map(UnitLeaves::economicPath).collect(Collectors.joining(" ")));
        for (FunctionalLine line : unit.functional().lines()) {
            values.put(functionalPath(line) + "/purpose", line.purpose().get());
        }
        List<PerformanceProject> projects = unit.performance().projects();
        for (int i = 0; i < projects.size(); i++) {
            PerformanceProject project = projects.get(i);
            String path = "projects/" + i;
            values.put(path + "/name", project.name().get());
            values.put(path + "/functionalCode", project.functionalCode().get());
            values.put(path + "/amount", plain(project.amount().get()));
            values.put(path + "/goals", project.goals().get());
        }
        return values;
    }

    /** Everything entered in a unit as path → string, for exact before/after comparisons. */
    public static SortedMap<String, String> snapshot(Unit unit) {
        SortedMap<String, String> all = new TreeMap<>();
        all.put("name", unit.name().get());
        amounts(unit).forEach((path, amount) -> all.put(path, plain(amount)));
        counts(unit).forEach((path, count) -> all.put(path, count.toString()));
        all.putAll(texts(unit));
        all.putAll(linesAndProjects(unit));
        return all;
    }

    public static String functionalPath(FunctionalLine line) {
        return "functional/" + line.itemCode() + "/" + line.source();
    }

    public static String economicPath(EconomicLine line) {
        return "economic/" + line.itemCode();
    }

    private static void putCompared(Map<String, BigDecimal> amounts, String path, Compared figure) {
        put(amounts, path + "/current", figure.current());
        put(amounts, path + "/prior", figure.prior());
    }

    private static void put(Map<String, BigDecimal> amounts, String path, ObservableValue<BigDecimal> amount) {
        amounts.put(path, amount.getValue());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.toPlainString();
    }
}
