package org.budgetdesk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/**
 * Every entered field of a department as {@code name=value} lines, read through the model's API only, so that
 * round-trip tests compare the model itself and not the io package's view of it.
 */
final class ModelDump {
    private final List<String> lines = new ArrayList<>();

    private ModelDump() {
    }

    static List<String> of(Department department) {
        ModelDump dump = new ModelDump();
        dump.department(department);
        return dump.lines;
    }

    private void department(Department d) {
        put("name", d.name().get());
        put("parentDepartment", d.parentDepartment().get());
        put("budgetYear", d.budgetYear().get());
        put("kind", d.kind().get());
        put("comparisonBasis", d.comparisonBasis().get());
        put("sectionComparisonBases", new TreeMap<>(d.sectionComparisonBases()));
        put("basicCostOverrides", new TreeMap<>(d.basicCostMapping().overrides()));
        put("note", d.note().get());
        put("customFunctionalCodes", new TreeMap<>(d.customFunctionalCodes()));
        put("customEconomicCodes", new TreeMap<>(d.customEconomicCodes()));
        put("units", d.units().size());
        for (int i = 0; i < d.units().size(); i++) {
            unit("units[" + i + "].", d.units().get(i));
        }
        for (Comment comment : d.comments()) {
            put("comment", List.of(comment.target().toString(), comment.author().get(),
                    comment.time().get().toString(), comment.text().get(), comment.resolved().get()));
        }
        put("consolidated.functional.total", d.consolidated().functional().total().total().get());
        put("consolidated.income.total", d.consolidated().income().total().current().get());
    }

    private void unit(String p, Unit u) {
        put(p + "name", u.name().get());
        for (FundingSource source : FundingSource.values()) {
            compared(p + "income." + source, u.income().source(source));
        }
        for (FunctionalLine line : u.functional().lines()) {
            String q = p + "functional[" + line.itemCode() + "/" + line.source() + "].";
            put(q + "personnel", line.personnel().get());
            put(q + "publicCosts", line.publicCosts().get());
            put(q + "project", line.project().get());
            put(q + "prior", line.prior().get());
            put(q + "purpose", line.purpose().get());
        }
        for (EconomicLine line : u.economic().lines()) {
            put(p + "economic[" + line.itemCode() + "].current", line.current().get());
            put(p + "economic[" + line.itemCode() + "].prior", line.prior().get());
            put(p + "economic[" + line.itemCode() + "].project", line.project().get());
            for (Fund fund : Fund.values()) {
                put(p + "economic[" + line.itemCode() + "].share." + fund, line.share(fund));
            }
        }
        compared(p + "overseasTravel", u.threePublic().overseasTravel());
        compared(p + "reception", u.threePublic().reception());
        compared(p + "vehiclePurchase", u.threePublic().vehiclePurchase());
        compared(p + "vehicleOperation", u.threePublic().vehicleOperation());
        put(p + "threePublic.reason", u.threePublic().reason().get());
        put(p + "threePublic.receptionPlan", u.threePublic().receptionPlan().get());
        compared(p + "operatingCosts", u.operatingCosts());
        put(p + "procurement.goods", u.procurement().goods().get());
        put(p + "procurement.works", u.procurement().works().get());
        put(p + "procurement.services", u.procurement().services().get());
        for (VehicleUse use : VehicleUse.values()) {
            put(p + "vehicles." + use, u.assets().vehicles(use).get());
        }
        put(p + "largeEquipment", u.assets().largeEquipment().get());
        put(p + "plannedVehicles", u.assets().plannedVehicles().get());
        put(p + "plannedLargeEquipment", u.assets().plannedLargeEquipment().get());
        put(p + "assets.note", u.assets().note().get());
        for (PerformanceProject project : u.performance().projects()) {
            put(p + "project", List.of(project.name().get(), project.functionalCode().get(),
                    project.amount().get().toPlainString(), project.goals().get()));
            put(p + "project.indicators", indicators(project.indicators()));
        }
        put(p + "overallGoals", u.performance().overallGoals().get());
        put(p + "overallIndicators", indicators(u.performance().overallIndicators()));
        put(p + "functions", u.texts().functions());
        put(p + "keyTasks", u.texts().keyTasks());
        put(p + "appropriationPurpose", u.texts().appropriationPurpose().get());
        put(p + "functional.total", u.functional().total().total().get());
        put(p + "economic.total", u.economic().total().current().get());
    }

    private void compared(String p, ComparedAmount amount) {
        put(p + ".current", amount.current().get());
        put(p + ".prior", amount.prior().get());
        put(p + ".reason", amount.reason().get());
    }

    private void put(String name, Object value) {
        String text = value instanceof java.math.BigDecimal amount ? amount.toPlainString()
                : value instanceof Map<?, ?> || value instanceof List<?> ? value.toString() : String.valueOf(value);
        lines.add(name + "=" + text);
    }

    private static List<List<String>> indicators(List<org.budgetdesk.model.PerformanceIndicator> indicators) {
        return indicators.stream().map(indicator -> List.of(indicator.level1().get(), indicator.level2().get(),
                indicator.level3().get(), indicator.value().get())).toList();
    }
}
