package org.budgetdesk.ui.other;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.budgetdesk.i18n.Messages;

/** 政府采购: goods, works and services entered, the total shown, and the “none planned” statement when zero. */
final class ProcurementSection {
    private ProcurementSection() {
    }

    static Node build(OtherViewModel viewModel, Messages messages) {
        Form form = new Form("procurementForm", viewModel, messages);
        form.amount("procurementGoods", "other.procurement.goods", unit -> unit.procurement().goods(), 0, 0);
        form.amount("procurementWorks", "other.procurement.works", unit -> unit.procurement().works(), 1, 0);
        form.amount("procurementServices", "other.procurement.services", unit -> unit.procurement().services(), 2, 0);
        form.shown("procurementTotal", "other.procurement.total",
                viewModel.grouped(unit -> unit.procurement().total()), 3, 0);
        Label none = new Label(messages.get("other.procurement.none"));
        none.setId("procurementNone");
        none.visibleProperty().bind(viewModel.procurementNone());
        none.managedProperty().bind(none.visibleProperty());
        form.span(none, 1);
        return form.node();
    }
}
