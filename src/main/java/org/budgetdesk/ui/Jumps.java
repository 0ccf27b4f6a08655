package org.budgetdesk.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.check.Location;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.LocatableRow;

/** Takes the user to the place a finding names: its tab, its unit, and its row where the tab has a table. */
final class Jumps {
    private static final Map<Location.Section, String> TABS = Map.of(
            Location.Section.OVERVIEW, "overviewTab",
            Location.Section.INCOME, "incomeTab",
            Location.Section.FUNCTIONAL, "functionalTab",
            Location.Section.ECONOMIC, "economicTab",
            Location.Section.THREE_PUBLIC, "threePublicTab",
            Location.Section.OTHER, "otherTab");

    private Jumps() {
    }

    static void to(Location location, Document document, SectionTabs tabs) {
        Department department = document.department();
        if (location.isConsolidated()) {
            document.viewedUnitProperty().set(department.subordinateCount() > 0
                    ? department.consolidated() : department.ownUnit());
        } else if (location.unitIndex() < department.units().size()) {
            document.viewedUnitProperty().set(department.units().get(location.unitIndex()));
        }
        Node content = tabs.select(TABS.get(location.section()));
        if (content != null && content.lookup(".tree-table-view") instanceof TreeTableView<?> table) {
            selectRow(table, location);
        }
    }

    private static void selectRow(TreeTableView<?> table, Location location) {
        for (int row = 0; row < table.getExpandedItemCount(); row++) {
            TreeItem<?> item = table.getTreeItem(row);
            if (item != null && item.getValue() instanceof LocatableRow candidate
                    && candidate.isAt(location.code(), location.field())) {
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                table.scrollTo(row);
                table.requestFocus();
                return;
            }
        }
    }
}
