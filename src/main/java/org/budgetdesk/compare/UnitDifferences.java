package org.budgetdesk.compare;

import java.util.List;
import java.util.Map;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.Procurement;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/** The differences between two drafts of one unit, section by section. */
final class UnitDifferences {
    /** The line of each “三公” part, as the comparison and the comments name it. */
    private static final Map<ThreePublicPart, String> PARTS = Map.of(ThreePublicPart.OVERSEAS_TRAVEL, "overseasTravel",
            ThreePublicPart.RECEPTION, "reception", ThreePublicPart.VEHICLE_PURCHASE, "vehiclePurchase",
            ThreePublicPart.VEHICLE_OPERATION, "vehicleOperation");
    private final Recorder out;
    private final CodeNames names;
    private final int index;
    private final String name;

    UnitDifferences(Recorder out, CodeNames names, int index, String name) {
        this.out = out;
        this.names = names;
        this.index = index;
        this.name = name;
    }

    void compare(Unit before, Unit after) {
        overview(before, after);
        out.at(DisclosureSection.INCOME, index, name);
        for (FundingSource source : FundingSource.values()) {
            compared(source.name(), before.income().source(source), after.income().source(source));
        }
        LineDifferences lines = new LineDifferences(out, names);
        out.at(DisclosureSection.FUNCTIONAL, index, name);
        lines.functional(before.functional(), after.functional());
        out.at(DisclosureSection.ECONOMIC, index, name);
        lines.economic(before.economic(), after.economic());
        threePublic(before.threePublic(), after.threePublic());
        out.at(DisclosureSection.OTHER, index, name);
        compared("operatingCosts", before.operatingCosts(), after.operatingCosts());
        procurement(before.procurement(), after.procurement());
        assets(before.assets(), after.assets());
        lines.projects(before.performance(), after.performance());
        out.text("overallTargets.goals", "", before.performance().overallGoals().get(),
                after.performance().overallGoals().get());
        out.text("overallTargets.indicators", "", PerformanceIndicator.lines(before.performance().overallIndicators()),
                PerformanceIndicator.lines(after.performance().overallIndicators()));
    }

    private void overview(Unit before, Unit after) {
        out.at(DisclosureSection.OVERVIEW, index, name);
        out.text("unit.name", "", before.name().get(), after.name().get());
        paragraphs("functions", before.texts().functions(), after.texts().functions());
        paragraphs("keyTasks", before.texts().keyTasks(), after.texts().keyTasks());
        out.text("appropriationPurpose", "", before.texts().appropriationPurpose().get(),
                after.texts().appropriationPurpose().get());
    }

    private void paragraphs(String list, List<String> before, List<String> after) {
        for (ParagraphDiff.Edit edit : ParagraphDiff.of(before, after)) {
            if (edit.before() < 0) {
                out.added(list + "/" + edit.after(), "", after.get(edit.after()));
            } else if (edit.after() < 0) {
                out.removed(list + "/" + edit.before(), "", before.get(edit.before()));
            } else {
                out.text(list + "/" + edit.after(), "", before.get(edit.before()), after.get(edit.after()));
            }
        }
    }

    private void threePublic(ThreePublicExpenses before, ThreePublicExpenses after) {
        out.at(DisclosureSection.THREE_PUBLIC, index, name);
        for (ThreePublicPart part : ThreePublicPart.values()) {
            compared(PARTS.get(part), before.part(part), after.part(part));
        }
        out.text("reason", "", before.reason().get(), after.reason().get());
        out.text("receptionPlan", "", before.receptionPlan().get(), after.receptionPlan().get());
        for (Fund fund : Fund.values()) {
            if (fund == Fund.GENERAL_PUBLIC_BUDGET) {
                continue;
            }
            for (ThreePublicPart part : ThreePublicPart.values()) {
                String line = PARTS.get(part) + "/" + fund.name();
                ComparedAmount earlier = before.entered(fund, part);
                ComparedAmount later = after.entered(fund, part);
                out.amount(line + ".current", "", earlier.current().get(), later.current().get());
                out.amount(line + ".prior", "", earlier.prior().get(), later.prior().get());
            }
        }
    }

    private void procurement(Procurement before, Procurement after) {
        out.amount("procurement.goods", "", before.goods().get(), after.goods().get());
        out.amount("procurement.works", "", before.works().get(), after.works().get());
        out.amount("procurement.services", "", before.services().get(), after.services().get());
    }

    private void assets(StateAssets before, StateAssets after) {
        for (VehicleUse use : VehicleUse.values()) {
            out.count("assets." + use.name(), "", before.vehicles(use).get(), after.vehicles(use).get());
        }
        out.count("assets.largeEquipment", "", before.largeEquipment().get(), after.largeEquipment().get());
        out.count("assets.plannedVehicles", "", before.plannedVehicles().get(), after.plannedVehicles().get());
        out.count("assets.plannedLargeEquipment", "", before.plannedLargeEquipment().get(),
                after.plannedLargeEquipment().get());
        out.text("assets.note", "", before.note().get(), after.note().get());
    }

    private void compared(String line, ComparedAmount before, ComparedAmount after) {
        out.amount(line + ".current", "", before.current().get(), after.current().get());
        out.amount(line + ".prior", "", before.prior().get(), after.prior().get());
        out.text(line + ".reason", "", before.reason().get(), after.reason().get());
    }
}
