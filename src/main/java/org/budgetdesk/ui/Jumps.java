package org.budgetdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.check.Location;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.LocatableRow;

/**
 * Takes the user to a place a finding, a comment or a difference names: its tab, its unit, and its row where the
 * tab has a table.
 */
final class Jumps {
    private Jumps() {
    }

    /** To the place of a check finding. */
    static void to(Location location, Document document, SectionTabs tabs) {
        go(document, tabs, TabSections.tabOf(location.section()),
                location.isConsolidated() ? -1 : location.unitIndex(), location.code(), location.field());
    }

    /** To the place of a comment or a difference between drafts. */
    static void to(CommentTarget target, Document document, SectionTabs tabs) {
        String[] codeAndField = TabSections.codeAndField(target.line());
        go(document, tabs, TabSections.tabOf(target.section()), target.unitIndex(), codeAndField[0],
                codeAndField[1]);
    }

    /** Views the unit (a negative index: 部门汇总), brings the tab to the front and selects the row. */
    private static void go(Document document, SectionTabs tabs, String tabId, int unitIndex, String code,
                           String field) {
        Department department = document.department();
        if (unitIndex < 0) {
            document.viewedUnitProperty().set(department.subordinateCount() > 0
                    ? department.consolidated() : department.ownUnit());
        } else if (unitIndex < department.units().size()) {
            document.viewedUnitProperty().set(department.units().get(unitIndex));
        }
        Node content = tabs.select(tabId);
        if (content != null && content.lookup(".tree-table-view") instanceof TreeTableView<?> table) {
            selectRow(table, code, field);
        }
    }

    private static void selectRow(TreeTableView<?> table, String code, String field) {
        for (int row = 0; row < table.getExpandedItemCount(); row++) {
            TreeItem<?> item = table.getTreeItem(row);
            if (item != null && item.getValue() instanceof LocatableRow candidate && candidate.isAt(code, field)) {
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                table.scrollTo(row);
                table.requestFocus();
                return;
            }
        }
    }
}
