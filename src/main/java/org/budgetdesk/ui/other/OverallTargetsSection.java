package org.budgetdesk.ui.other;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/** 部门整体支出绩效目标: the viewed unit's overall goals and their indicators. */
final class OverallTargetsSection {
    private OverallTargetsSection() {
    }

    static Node build(Document document, OtherViewModel viewModel, Messages messages) {
        TextArea goals = new TextArea();
        goals.setId("overallGoals");
        goals.setAccessibleText(messages.get("other.overall.goals"));
        goals.setWrapText(true);
        goals.setPrefRowCount(3);
        goals.disableProperty().bind(document.readOnlyProperty());
        Label message = new Label();
        message.setStyle(Form.WARNING_STYLE);
        message.textProperty().bind(FieldCommit.install(goals, viewModel.viewed(unit -> unit.performance()
                .overallGoals()), typed -> viewModel.setText(unit -> unit.performance().overallGoals(), typed))
                .messageProperty());
        IndicatorsSheet indicators = new IndicatorsSheet("overallIndicators", document, messages);
        indicators.show(document.viewedUnitProperty().get().performance().overallIndicators());
        document.viewedUnitProperty().addListener((obs, before, after) ->
                indicators.show(after.performance().overallIndicators()));
        return new VBox(6, new Label(messages.get("other.overall.goals")), goals, message,
                new Label(messages.get("other.overall.indicators")), indicators.node());
    }
}
