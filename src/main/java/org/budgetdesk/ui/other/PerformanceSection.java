package org.budgetdesk.ui.other;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetView;

/**
 * 绩效目标: the viewed unit's projects in a sheet, buttons to add and remove one, and their total; below, the
 * indicators of the project the cursor is on.
 */
final class PerformanceSection {
    private final Document document;
    private final Messages messages;
    private final PerformanceViewModel viewModel;
    private final SheetView<PerformanceProject> sheet;
    private final Label problem = new Label();
    private final VBox box = new VBox(6);
    private final ListChangeListener<PerformanceProject> rebuildOnChange = change -> rebuild();
    private Unit shown;

    PerformanceSection(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.viewModel = new PerformanceViewModel(document, messages);
        this.sheet = new SheetView<>("performanceTable", viewModel.columns(), document, messages);
        sheet.table().setAccessibleText(messages.get("other.performance.table"));
        sheet.table().setPrefHeight(180);
        Button add = button("addProject", "other.performance.add", this::add);
        Button remove = button("removeProject", "other.performance.remove", this::remove);
        problem.setId("performanceProblem");
        problem.setStyle(Form.WARNING_STYLE);
        Label total = new Label();
        total.setId("performanceTotal");
        total.textProperty().bind(viewModel.totalText());
        Label warning = new Label();
        warning.setId("performanceWarning");
        warning.setStyle(Form.WARNING_STYLE);
        warning.textProperty().bind(viewModel.overProjectWarning());
        Form.collapseWhenEmpty(warning);
        HBox toolbar = new HBox(8, add, remove, problem);
        IndicatorsSheet indicators = new IndicatorsSheet("projectIndicators", document, messages);
        sheet.table().getFocusModel().focusedItemProperty().addListener((obs, before, after) ->
                indicators.show(after == null || after.getValue() == null ? null : after.getValue().indicators()));
        Label indicatorsCaption = new Label(messages.get("other.indicators.ofProject"));
        box.setId("performanceSection");
        box.getChildren().addAll(toolbar, sheet.node(), total, warning, indicatorsCaption, indicators.node());
        document.viewedUnitProperty().addListener((obs, before, after) -> rebuild());
        rebuild();
    }

    Node node() {
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = Buttons.of(messages, id, key, action);
        button.disableProperty().bind(document.readOnlyProperty());
        return button;
    }

    private void rebuild() {
        if (shown != null) {
            shown.performance().projects().removeListener(rebuildOnChange);
        }
        shown = document.viewedUnitProperty().get();
        shown.performance().projects().addListener(rebuildOnChange);
        sheet.setRoot(viewModel.tree(shown));
    }

    private void add() {
        PerformanceProject project = viewModel.addProject();
        problem.setText("");
        if (project != null) {
            int row = shown.performance().projects().indexOf(project);
            sheet.table().getSelectionModel().clearAndSelect(row, sheet.table().getVisibleLeafColumn(0));
            sheet.table().getFocusModel().focus(row, sheet.table().getVisibleLeafColumn(0));
            sheet.table().scrollTo(row);
            sheet.table().requestFocus();
        }
    }

    private void remove() {
        TreeItem<PerformanceProject> focused = sheet.table().getFocusModel().getFocusedItem();
        String error = viewModel.removeProject(focused == null ? null : focused.getValue());
        problem.setText(error == null ? "" : error);
    }
}
