package org.budgetdesk.ui.other;

import javafx.scene.Node;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.VehicleUse;

/** 国有资产占有使用: vehicles by use, large equipment, what the budget buys, as whole numbers; and a note. */
final class AssetsSection {
    private AssetsSection() {
    }

    static Node build(OtherViewModel viewModel, Messages messages) {
        Form form = new Form("assetsForm", viewModel, messages);
        VehicleUse[] uses = VehicleUse.values();
        for (int i = 0; i < uses.length; i++) {
            VehicleUse use = uses[i];
            form.count("vehicles" + use.name(), messages.of(use), unit -> unit.assets().vehicles(use), i, 0);
        }
        form.shown("vehicleTotal", "other.assets.vehicleTotal",
                viewModel.viewed(unit -> unit.assets().vehicleTotal()).map(String::valueOf), 0, 1);
        form.count("largeEquipment", messages.get("other.assets.largeEquipment"),
                unit -> unit.assets().largeEquipment(), 1, 1);
        form.count("plannedVehicles", messages.get("other.assets.plannedVehicles"),
                unit -> unit.assets().plannedVehicles(), 2, 1);
        form.count("plannedLargeEquipment", messages.get("other.assets.plannedLargeEquipment"),
                unit -> unit.assets().plannedLargeEquipment(), 3, 1);
        form.text("assetsNote", "other.assets.note", unit -> unit.assets().note(), 2);
        return form.node();
    }
}
