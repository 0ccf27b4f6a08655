package org.budgetdesk.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;

/**
 * Chinese input on a {@link SheetView} outside a cell editor. JavaFX turns the input method on only for a focused
 * node that takes its events, which a table does not: without this, pinyin typed on a cell reached the table as
 * plain letters, and the first one started the edit as a Latin letter. With it the input method composes as usual,
 * its candidate window sits under the focused cell, and the text the user picks starts editing that cell, as typing
 * a digit does; the cell's editor then takes further input itself.
 */
final class SheetInputMethod<R> implements InputMethodRequests {
    private final SheetView<R> sheet;

    private SheetInputMethod(SheetView<R> sheet) {
        this.sheet = sheet;
    }

    static <R> void install(SheetView<R> sheet) {
        SheetInputMethod<R> inputMethod = new SheetInputMethod<>(sheet);
        sheet.table().setInputMethodRequests(inputMethod);
        sheet.table().setOnInputMethodTextChanged(inputMethod::textChanged);
    }

    private void textChanged(InputMethodEvent event) {
        if (sheet.table().getEditingCell() == null && !event.getCommitted().isEmpty()) {
            event.consume();
            sheet.editWithTypedText(event.getCommitted());
        }
    }

    /** Where the input method shows its window: under the focused cell, else under the table's top left corner. */
    @Override
    public Point2D getTextLocation(int offset) {
        Node anchor = focusedCell();
        Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
        return bounds == null ? new Point2D(0, 0) : new Point2D(bounds.getMinX(), bounds.getMaxY());
    }

    @Override
    public int getLocationOffset(int x, int y) {
        return 0;
    }

    @Override
    public void cancelLatestCommittedText() {
    }

    @Override
    public String getSelectedText() {
        return "";
    }

    private Node focusedCell() {
        TreeTableView<R> table = sheet.table();
        TreeTablePosition<R, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus != null) {
            for (Node node : table.lookupAll(".tree-table-cell")) {
                if (node instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() == focus.getTableColumn()
                        && rowIndex(cell) == focus.getRow()) {
                    return cell;
                }
            }
        }
        return table;
    }

    private static int rowIndex(TreeTableCell<?, ?> cell) {
        IndexedCell<?> row = cell.getTableRow();
        return row == null ? -1 : row.getIndex();
    }
}
