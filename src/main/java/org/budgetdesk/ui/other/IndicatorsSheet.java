package org.budgetdesk.ui.other;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.ui.common.SheetView;
import org.budgetdesk.undo.Edits;

/**
 * A performance indicator table (一级指标, 二级指标, 三级指标, 指标值), every cell entered, with buttons to add and
 * remove a row; it shows one list at a time (a project's, or a unit's overall targets') and follows its changes.
 */
final class IndicatorsSheet {
    private final Document document;
    private final Messages messages;
    private final SheetView<PerformanceIndicator> sheet;
    private final Label problem = new Label();
    private final VBox box = new VBox(4);
    private final ListChangeListener<PerformanceIndicator> rebuildOnChange = change -> rebuild();
    private ObservableList<PerformanceIndicator> shown;

    IndicatorsSheet(String id, Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.sheet = new SheetView<>(id, columns(id, messages), document, messages);
        sheet.table().setAccessibleText(messages.get("other.indicators.table"));
        sheet.table().setPrefHeight(130);
        Button add = button(id + "Add", "other.indicators.add", this::add);
        Button remove = button(id + "Remove", "other.indicators.remove", this::remove);
        problem.setStyle(Form.WARNING_STYLE);
        box.getChildren().addAll(new HBox(8, add, remove, problem), sheet.node());
    }

    Node node() {
        return box;
    }

    SheetView<PerformanceIndicator> sheet() {
        return sheet;
    }

    /** Shows (and edits) this list of indicators; {@code null} shows none and disables adding. */
    void show(ObservableList<PerformanceIndicator> indicators) {
        if (shown != null) {
            shown.removeListener(rebuildOnChange);
        }
        shown = indicators;
        if (shown != null) {
            shown.addListener(rebuildOnChange);
        }
        problem.setText("");
        rebuild();
    }

    private void rebuild() {
        TreeItem<PerformanceIndicator> root = new TreeItem<>();
        if (shown != null) {
            shown.forEach(indicator -> root.getChildren().add(new TreeItem<>(indicator)));
        }
        sheet.setRoot(root);
    }

    private static List<SheetColumn<PerformanceIndicator>> columns(String id, Messages messages) {
        return List.of(
                SheetColumns.text(id + "Level1", messages.get("other.indicators.level1"), 120,
                        PerformanceIndicator::level1, row -> true),
                SheetColumns.text(id + "Level2", messages.get("other.indicators.level2"), 160,
                        PerformanceIndicator::level2, row -> true),
                SheetColumns.text(id + "Level3", messages.get("other.indicators.level3"), 300,
                        PerformanceIndicator::level3, row -> true),
                SheetColumns.text(id + "Value", messages.get("other.indicators.value"), 200,
                        PerformanceIndicator::value, row -> true));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = Buttons.of(messages, id, key, action);
        button.disableProperty().bind(document.readOnlyProperty());
        return button;
    }

    private void add() {
        if (shown == null) {
            problem.setText(messages.get("other.indicators.noProject"));
            return;
        }
        PerformanceIndicator indicator = new PerformanceIndicator();
        document.undoManager().execute(Edits.addIndicator(shown, indicator));
        int row = shown.indexOf(indicator);
        sheet.table().getSelectionModel().clearAndSelect(row, sheet.table().getVisibleLeafColumn(0));
        sheet.table().getFocusModel().focus(row, sheet.table().getVisibleLeafColumn(0));
        sheet.table().requestFocus();
    }

    private void remove() {
        TreeItem<PerformanceIndicator> focused = sheet.table().getFocusModel().getFocusedItem();
        if (shown == null || focused == null || focused.getValue() == null) {
            problem.setText(messages.get("other.indicators.remove.nothing"));
            return;
        }
        problem.setText("");
        document.undoManager().execute(Edits.removeIndicator(shown, focused.getValue()));
    }
}
