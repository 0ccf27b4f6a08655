package org.budgetdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;

/**
 * Chooses the unit the tabs show: 本级, each subordinate unit, or 部门汇总 (read-only); hidden for a lone unit. A
 * combo box, not a choice box: a choice box makes a menu item per unit and lays its whole menu out again for each
 * one added, so a department of 100 units cost a third of a second before its first frame (and grew with the
 * square); the combo box's list draws only the rows it shows, when it is opened.
 */
final class UnitSelector {
    private final HBox box = new HBox(6);
    private final ComboBox<Unit> choice = new ComboBox<>();
    private final Document document;
    private final ListChangeListener<Unit> refill = change -> fill();
    private Department shown;

    UnitSelector(Document document, Messages messages) {
        this.document = document;
        choice.setId("unitSelector");
        choice.setAccessibleText(messages.get("toolbar.unit"));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                if (unit == null) {
                    return "";
                }
                if (unit == document.department().consolidated()) {
                    return messages.get("toolbar.unit.consolidated");
                }
                return unit == document.department().ownUnit()
                        ? messages.format("toolbar.unit.own", unit.name().get()) : unit.name().get();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().addListener((obs, before, after) -> {
            if (after != null && after != document.viewedUnitProperty().get()) {
                document.viewedUnitProperty().set(after);
            }
        });
        document.viewedUnitProperty().addListener((obs, before, after) -> choice.setValue(after));
        document.departmentProperty().addListener((obs, before, after) -> fill());
        box.getChildren().addAll(new Label(messages.get("toolbar.unit")), choice);
        fill();
    }

    Node node() {
        return box;
    }

    private void fill() {
        Department department = document.department();
        if (shown != department) {
            if (shown != null) {
                shown.units().removeListener(refill);
            }
            shown = department;
            department.units().addListener(refill);
        }
        List<Unit> units = new ArrayList<>(department.units());
        if (department.subordinateCount() > 0) {
            units.add(department.consolidated());
        }
        choice.getItems().setAll(units);
        if (!choice.getItems().contains(document.viewedUnitProperty().get())) {
            document.viewedUnitProperty().set(department.ownUnit());
        }
        choice.setValue(document.viewedUnitProperty().get());
        box.setVisible(department.subordinateCount() > 0);
        box.setManaged(box.isVisible());
    }
}
