package org.budgetdesk.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Chinese input on a {@link SheetView} outside a cell editor. JavaFX turns the input method on only for a focused
 * node that takes its events, which a table does not: without this, pinyin typed on a cell reached the table as
 * plain letters, and the first one started the edit as a Latin letter. With it the input method composes as usual:
 * the pinyin being composed shows over the focused cell, the candidate window sits under it, and the text the user
 * picks starts editing that cell, as typing a digit does; the cell's editor then takes further input itself.
 */
final class SheetInputMethod<R> implements InputMethodRequests {
    private final SheetView<R> sheet;
    private final Label composing = new Label();
    private final Pane overlay = new Pane(composing);

    private SheetInputMethod(SheetView<R> sheet) {
        this.sheet = sheet;
        composing.getStyleClass().add("sheet-composing");
        composing.setVisible(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
    }

    /** Turns the input method on over the sheet's table; returns the layer to lay over the table. */
    static <R> Node install(SheetView<R> sheet) {
        SheetInputMethod<R> inputMethod = new SheetInputMethod<>(sheet);
        sheet.table().setInputMethodRequests(inputMethod);
        sheet.table().setOnInputMethodTextChanged(inputMethod::textChanged);
        return inputMethod.overlay;
    }

    private void textChanged(InputMethodEvent event) {
        if (sheet.table().getEditingCell() != null) {
            return;
        }
        event.consume();
        StringBuilder composed = new StringBuilder();
        for (InputMethodTextRun run : event.getComposed()) {
            composed.append(run.getText());
        }
        showComposing(composed.toString());
        if (!event.getCommitted().isEmpty()) {
            sheet.editWithTypedText(event.getCommitted());
        }
    }

    private void showComposing(String text) {
        composing.setText(text);
        composing.setVisible(!text.isEmpty());
        if (!text.isEmpty()) {
            Node cell = focusedCell();
            Bounds bounds = overlay.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
            composing.relocate(bounds.getMinX(), bounds.getMinY());
            composing.setMinHeight(cell == sheet.table() ? Region.USE_COMPUTED_SIZE : bounds.getHeight());
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
