package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import org.budgetdesk.undo.Command;

/**
 * Block operations on a {@link SheetView}'s selection: copy as tab-separated text, paste such text as one undo
 * step, and clear. A paste with any refused cell changes nothing and names the cells; derived cells in its way
 * are skipped and counted.
 */
final class SheetClipboard {
    private static final int MAX_LISTED_ERRORS = 5;

    private SheetClipboard() {
    }

    /** The selected block, as the cells show it, in spreadsheet clipboard format. */
    static <R> String copy(SheetView<R> sheet) {
        Block block = Block.of(sheet);
        if (block == null) {
            return "";
        }
        List<R> rows = sheet.visibleRows();
        List<List<String>> cells = new ArrayList<>();
        for (int r = block.top; r <= block.bottom; r++) {
            List<String> line = new ArrayList<>();
            for (int c = block.left; c <= block.right; c++) {
                SheetColumn<R> column = sheet.spec(sheet.table().getVisibleLeafColumn(c));
                R row = rows.get(r);
                line.add(row == null ? "" : String.valueOf(column.display().apply(row).getValue()));
            }
            cells.add(line);
        }
        return TabularText.format(cells);
    }

    /** Pastes a block at the top-left of the selection. */
    static <R> void paste(SheetView<R> sheet, String text) {
        Block block = Block.of(sheet);
        if (block == null || sheet.isReadOnly()) {
            return;
        }
        List<List<String>> cells = TabularText.parse(text);
        List<R> rows = sheet.visibleRows();
        int columnCount = sheet.table().getVisibleLeafColumns().size();
        List<Command> commands = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int skipped = 0;
        for (int r = 0; r < cells.size() && block.top + r < rows.size(); r++) {
            R row = rows.get(block.top + r);
            for (int c = 0; c < cells.get(r).size() && block.left + c < columnCount; c++) {
                TreeTableColumn<R, ?> treeColumn = sheet.table().getVisibleLeafColumn(block.left + c);
                SheetColumn<R> column = sheet.spec(treeColumn);
                if (!column.isEditable(row)) {
                    skipped++;
                    continue;
                }
                CellEdit edit = column.editor().commit(row, cells.get(r).get(c));
                if (edit.isRefused()) {
                    errors.add(sheet.messages().format("sheet.paste.cell", block.top + r + 1, column.header(),
                            edit.error()));
                } else if (edit.command() != null) {
                    commands.add(edit.command());
                }
            }
        }
        if (!errors.isEmpty()) {
            List<String> listed = errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS));
            sheet.showMessage(sheet.messages().format("sheet.paste.refused", errors.size(), String.join("；", listed)));
            return;
        }
        sheet.execute("edit.paste", commands);
        sheet.showMessage(skipped == 0 ? "" : sheet.messages().format("sheet.paste.skipped", skipped));
    }

    /** Clears every entered cell of the selection, as one undo step. */
    static <R> void clear(SheetView<R> sheet) {
        if (sheet.isReadOnly()) {
            return;
        }
        List<Command> commands = new ArrayList<>();
        for (TreeTablePosition<R, ?> position : sheet.table().getSelectionModel().getSelectedCells()) {
            R row = position.getTreeItem() == null ? null : position.getTreeItem().getValue();
            SheetColumn<R> column = sheet.spec(position.getTableColumn());
            if (column != null && column.isEditable(row)) {
                CellEdit edit = column.editor().commit(row, "");
                if (!edit.isRefused() && edit.command() != null) {
                    commands.add(edit.command());
                }
            }
        }
        sheet.execute("edit.clear", commands);
    }

    /** The bounding rectangle of the selected cells, in visible row and column indexes. */
    private record Block(int top, int left, int bottom, int right) {
        static <R> Block of(SheetView<R> sheet) {
            List<TreeTablePosition<R, ?>> selected = sheet.table().getSelectionModel().getSelectedCells();
            if (selected.isEmpty()) {
                TreeTablePosition<R, ?> focus = sheet.table().getFocusModel().getFocusedCell();
                if (focus == null || focus.getRow() < 0 || focus.getTableColumn() == null) {
                    return null;
                }
                int column = sheet.table().getVisibleLeafIndex(focus.getTableColumn());
                return new Block(focus.getRow(), column, focus.getRow(), column);
            }
            int top = Integer.MAX_VALUE;
            int left = Integer.MAX_VALUE;
            int bottom = -1;
            int right = -1;
            for (TreeTablePosition<R, ?> position : selected) {
                int column = sheet.table().getVisibleLeafIndex(position.getTableColumn());
                top = Math.min(top, position.getRow());
                bottom = Math.max(bottom, position.getRow());
                left = Math.min(left, column);
                right = Math.max(right, column);
            }
            return new Block(top, left, bottom, right);
        }
    }
}
