package org.budgetdesk.ui.other;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;

/** 机关运行经费: current and prior entered, change and rate shown, the reason, and a warning above 公用经费. */
final class OperatingCostsSection {
    private OperatingCostsSection() {
    }

    static Node build(OtherViewModel viewModel, Messages messages) {
        Form form = new Form("operatingCostsForm", viewModel, messages);
        form.amount("operatingCostsCurrent", "other.operatingCosts.current", unit -> unit.operatingCosts().current(),
                0, 0);
        form.priorAmount("operatingCostsPrior", "other.operatingCosts.prior", unit -> unit.operatingCosts().prior(), 1, 0);
        form.shown("operatingCostsChange", "other.operatingCosts.change", viewModel.change(Unit::operatingCosts), 2, 0);
        form.shown("operatingCostsRate", "other.operatingCosts.rate", viewModel.rate(Unit::operatingCosts), 3, 0);
        form.text("operatingCostsReason", "other.operatingCosts.reason", unit -> unit.operatingCosts().reason(), 1);
        Label warning = new Label();
        warning.setId("operatingCostsWarning");
        warning.setStyle(Form.WARNING_STYLE);
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.operatingCostsWarning());
        Form.collapseWhenEmpty(warning);
        form.span(warning, 2);
        return form.node();
    }
}
