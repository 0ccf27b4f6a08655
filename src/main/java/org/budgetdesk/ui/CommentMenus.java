package org.budgetdesk.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.LocatableRow;

/** Gives the tables of a section tab a context menu to comment on the focused line (添加批注). */
final class CommentMenus {
    private CommentMenus() {
    }

    static void install(String tabId, Node content, Document document, Messages messages,
                        Consumer<CommentTarget> startComment) {
        DisclosureSection section = TabSections.sectionOf(tabId);
        if (section == null || content == null) {
            return;
        }
        for (Node node : content.lookupAll(".tree-table-view")) {
            TreeTableView<?> table = (TreeTableView<?>) node;
            MenuItem comment = new MenuItem(messages.get("review.commentHere"));
            comment.setId("commentHere");
            comment.setOnAction(event -> {
                TreeItem<?> focused = table.getFocusModel().getFocusedItem();
                String key = focused != null && focused.getValue() instanceof LocatableRow row ? row.placeKey() : "";
                startComment.accept(new CommentTarget(section, unitIndex(document), key));
            });
            table.setContextMenu(new ContextMenu(comment));
        }
    }

    private static int unitIndex(Document document) {
        Department department = document.department();
        return document.viewedUnitProperty().get() == department.consolidated() ? CommentTarget.DEPARTMENT
                : department.units().indexOf(document.viewedUnitProperty().get());
    }
}
