package org.budgetdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.check.Location;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
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
        go(document, tabs, tabId(location.section().name()), location.isConsolidated() ? -1 : location.unitIndex(),
                location.code(), location.field());
    }

    /** To the place of a comment or a difference between drafts. */
    static void to(CommentTarget target, Document document, SectionTabs tabs) {
        String line = target.line();
        String first = line.split("/")[0];
        boolean isCode = !first.isEmpty() && first.chars().allMatch(Character::isDigit);
        String field = isCode ? (line.contains("/") ? line.substring(line.indexOf('/') + 1) : null) : line;
        go(document, tabs, tabId(target.section().name()), target.unitIndex(), isCode ? first : null, field);
    }

    /** The tab of a section, by the section's name (the check and model enums share the names). */
    private static String tabId(String section) {
        return switch (section) {
            case "OVERVIEW" -> "overviewTab";
            case "INCOME" -> "incomeTab";
            case "FUNCTIONAL" -> "functionalTab";
            case "ECONOMIC" -> "economicTab";
            case "THREE_PUBLIC" -> "threePublicTab";
            default -> "otherTab";
        };
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
