package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.VehicleUse;
import org.budgetdesk.narrative.Snapshot.Figure;

/** 其他重要事项: 机关运行经费, 政府采购, 国有资产占有使用 and 绩效目标设置. */
final class OtherMattersSections {
    private OtherMattersSections() {
    }

    /** 机关运行经费 with change, rate and reason; a public institution (事业单位) with none says it does not apply. */
    static void operatingCosts(Writing w) {
        Figure costs = w.snapshot.other().operatingCosts();
        if (w.snapshot.header().kind() == DepartmentKind.PUBLIC_INSTITUTION
                && costs.isNil()) {
            w.paragraph("operatingCosts.notApplicable");
            return;
        }
        Change change = w.change(costs, "rate.scale");
        w.paragraph("operatingCosts.text", Writing.concat(w.comparison(change, DisclosureSection.OTHER),
                "reason", w.reason(change, costs.reason(), "operatingCosts.reason", "missing.operatingCostsReason")));
    }

    static void procurement(Writing w) {
        Snapshot.Other other = w.snapshot.other();
        BigDecimal total = other.goods().add(other.works()).add(other.services());
        if (total.signum() == 0) {
            w.paragraph("procurement.none");
            return;
        }
        w.paragraph("procurement.text", "total", w.amount(total), "goods", w.amount(other.goods()),
                "works", w.amount(other.works()), "services", w.amount(other.services()));
        w.residue(List.of(other.goods(), other.works(), other.services()), total, "residue.parts.procurement",
                "residue.whole.procurement");
    }

    /** Vehicles held at the end of the prior year (by use), large equipment, and what the budget buys. */
    static void assets(Writing w) {
        Snapshot.Other other = w.snapshot.other();
        int vehicles = other.vehicles().values().stream().mapToInt(Integer::intValue).sum();
        List<List<Span>> uses = new ArrayList<>();
        for (Map.Entry<VehicleUse, Integer> use : new TreeMap<>(other.vehicles()).entrySet()) {
            if (use.getValue() > 0) {
                uses.add(w.sentence("assets.use", "name", w.template.text("vehicle." + use.getKey().name()),
                        "count", use.getValue().toString()));
            }
        }
        List<Span> usesText = uses.isEmpty() ? List.of() : w.sentence("assets.uses", "list", w.join(uses, "clause"));
        w.paragraph("assets.held", "vehicles", Integer.toString(vehicles), "uses", usesText,
                "equipment", Integer.toString(other.largeEquipment()));
        if (other.plannedVehicles() == 0 && other.plannedLargeEquipment() == 0) {
            w.paragraph("assets.planned.none");
        } else {
            w.paragraph("assets.planned", "vehicles", Integer.toString(other.plannedVehicles()),
                    "equipment", Integer.toString(other.plannedLargeEquipment()));
        }
        if (!other.assetsNote().isBlank()) {
            w.out.paragraph(List.of(Span.text(Wording.closed(other.assetsNote()))));
        }
    }

    /** The performance-target projects with their amounts and total. */
    static void performance(Writing w) {
        List<Snapshot.Project> projects = w.snapshot.other().projects();
        if (projects.isEmpty()) {
            w.paragraph("performance.none");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        List<List<Span>> parts = new ArrayList<>();
        for (Snapshot.Project project : projects) {
            total = total.add(project.amount());
            Object name = project.name().isBlank() ? w.missing("missing.projectName") : Wording.name(project.name());
            parts.add(w.sentence("performance.project", "name", name, "amount", w.amount(project.amount())));
        }
        w.paragraph("performance.text", "total", w.amount(total), "projects", w.join(parts, "enumeration"));
        w.residue(projects.stream().map(Snapshot.Project::amount).toList(), total, "residue.parts.performance",
                "residue.whole.performance");
    }
}
