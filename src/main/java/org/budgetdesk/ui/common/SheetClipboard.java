package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.Clipboard;
import org.budgetdesk.undo.Command;

/**
 * Block operations on a {@link SheetView}'s selection: copy as tab-separated text, paste a block as one undo step,
 * fill down, and clear. A block fills the rows that take figures from the selection down, passing over 类, 款 and
 * total rows; a block that carries codes goes to the rows with those codes and adds the missing ones (see
 * {@link RowKeys}). A paste with any refused cell changes nothing and names the cells by their rows' codes.
 */
final class SheetClipboard {
    private static final int MAX_LISTED = 5;

    private SheetClipboard() {
    }

    /** The block on the clipboard: its text, or else the table in its HTML (what LibreOffice may offer alone). */
    static List<List<String>> block(Clipboard clipboard) {
        if (clipboard.hasString() && clipboard.getString() != null) {
            return TabularText.parse(clipboard.getString());
        }
        if (clipboard.hasHtml() && clipboard.getHtml() != null) {
            List<List<String>> rows = HtmlTable.parse(clipboard.getHtml());
            return rows.isEmpty() ? null : rows;
        }
        return null;
    }

    /** The selected block, as the cells show it, in spreadsheet clipboard format. */
    static <R> String copy(SheetView<R> sheet) {
        Block block = Block.of(sheet);
        if (block == null) {
            return "";
        }
        List<List<String>> cells = new ArrayList<>();
        for (int r = block.top; r <= block.bottom; r++) {
            List<String> line = new ArrayList<>();
            for (int c = block.left; c <= block.right; c++) {
                R row = sheet.rowAt(r);
                SheetColumn<R> column = sheet.spec(sheet.table().getVisibleLeafColumn(c));
                line.add(row == null ? "" : String.valueOf(column.display().apply(row).getValue()));
            }
            cells.add(line);
        }
        return TabularText.format(cells);
    }

    /** Pastes a block at the top-left of the selection; one value pasted over several cells fills each. */
    static <R> void paste(SheetView<R> sheet, List<List<String>> cells) {
        Block block = Block.of(sheet);
        if (block == null || cells.isEmpty()) {
            return;
        }
        if (sheet.isReadOnly()) {
            sheet.explainNoEdit(null, null);
            return;
        }
        Edit<R> edit = new Edit<>(sheet);
        int keyOffset = keyOffset(sheet, block, cells);
        if (keyOffset >= 0) {
            pasteByKey(sheet, block, cells, keyOffset, edit);
        } else if (cells.size() == 1 && cells.get(0).size() == 1 && block.cellCount() > 1) {
            for (TreeTablePosition<R, ?> position : sheet.table().getSelectionModel().getSelectedCells()) {
                edit.place(sheet.rowAt(position.getRow()), sheet.spec(position.getTableColumn()), cells.get(0).get(0));
            }
        } else if (!pasteByPosition(sheet, block, cells, edit)) {
            return;
        }
        edit.run("edit.paste");
    }

    /** Where the key column falls in the block, when the sheet has keys and the block carries them; else -1. */
    private static <R> int keyOffset(SheetView<R> sheet, Block block, List<List<String>> cells) {
        RowKeys<R> keys = sheet.rowKeys();
        if (keys == null) {
            return -1;
        }
        int offset = sheet.columnIndex(keys.columnId()) - block.left;
        for (List<String> line : cells) {
            if (offset >= 0 && offset < line.size() && keys.isKey(line.get(offset))) {
                return offset;
            }
        }
        return -1;
    }

    private static <R> void pasteByKey(SheetView<R> sheet, Block block, List<List<String>> cells, int keyOffset,
                                       Edit<R> edit) {
        RowKeys<R> keys = sheet.rowKeys();
        Map<String, RowKeys.Target<R>> targets = new LinkedHashMap<>();
        for (List<String> line : cells) {
            if (keyOffset >= line.size() || !keys.isKey(line.get(keyOffset))) {
                edit.skippedRows++;
                continue;
            }
            RowKeys.Target<R> target = keys.rowFor(line.get(keyOffset), id -> {
                int offset = sheet.columnIndex(id) - block.left;
                return offset >= 0 && offset < line.size() ? line.get(offset) : "";
            });
            if (target.error() != null) {
                edit.errors.add(target.error());
                continue;
            }
            RowKeys.Target<R> first = targets.putIfAbsent(target.identity(), target);
            target = first != null ? first : target;
            if (first == null && target.add() != null) {
                edit.adds.add(target.add());
                edit.added.add(sheet.rowName(target.row()));
            }
            placeLine(sheet, block, line, target.row(), edit);
        }
    }

    /** Fills the rows that take figures from the top of the block down; false (and says why) when they run out. */
    private static <R> boolean pasteByPosition(SheetView<R> sheet, Block block, List<List<String>> cells,
                                               Edit<R> edit) {
        int width = cells.stream().mapToInt(List::size).max().orElse(0);
        int rowCount = sheet.table().getExpandedItemCount();
        int index = block.top;
        for (int r = 0; r < cells.size(); r++) {
            while (index < rowCount && !takesFigures(sheet, index, block.left, width)) {
                index++;
            }
            if (index >= rowCount) {
                sheet.showMessage(sheet.messages().format("sheet.paste.tooManyRows", cells.size(), r));
                return false;
            }
            placeLine(sheet, block, cells.get(r), sheet.rowAt(index), edit);
            index++;
        }
        return true;
    }

    private static <R> boolean takesFigures(SheetView<R> sheet, int row, int left, int width) {
        int columnCount = sheet.table().getVisibleLeafColumns().size();
        for (int c = left; c < Math.min(left + width, columnCount); c++) {
            if (sheet.spec(sheet.table().getVisibleLeafColumn(c)).isEditable(sheet.rowAt(row))) {
                return true;
            }
        }
        return false;
    }

    private static <R> void placeLine(SheetView<R> sheet, Block block, List<String> line, R row, Edit<R> edit) {
        int columnCount = sheet.table().getVisibleLeafColumns().size();
        for (int c = 0; c < line.size() && block.left + c < columnCount; c++) {
            edit.place(row, sheet.spec(sheet.table().getVisibleLeafColumn(block.left + c)), line.get(c));
        }
    }

    /** Ctrl+D: copies the top row of the selection into the rows below it (one row selected: the row above). */
    static <R> void fillDown(SheetView<R> sheet) {
        Block block = Block.of(sheet);
        if (block == null || (block.top == 0 && block.bottom == 0)) {
            return;
        }
        if (sheet.isReadOnly()) {
            sheet.explainNoEdit(null, null);
            return;
        }
        int source = block.top == block.bottom ? block.top - 1 : block.top;
        R sourceRow = sheet.rowAt(source);
        Edit<R> edit = new Edit<>(sheet);
        for (int r = source + 1; r <= block.bottom; r++) {
            for (int c = block.left; c <= block.right; c++) {
                SheetColumn<R> column = sheet.spec(sheet.table().getVisibleLeafColumn(c));
                String text = column.isEditable(sourceRow) ? column.editor().editText(sourceRow)
                        : String.valueOf(column.display().apply(sourceRow).getValue());
                edit.place(sheet.rowAt(r), column, text);
            }
        }
        edit.run("edit.fillDown");
    }

    /** Clears every entered cell of the selection, as one undo step. */
    static <R> void clear(SheetView<R> sheet, String description) {
        if (sheet.isReadOnly()) {
            sheet.explainNoEdit(null, null);
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
        sheet.execute(description, commands);
    }

    /** The edits a block makes, gathered before any runs, so a refused cell leaves everything as it was. */
    private static final class Edit<R> {
        private final SheetView<R> sheet;
        private final List<Command> adds = new ArrayList<>();
        private final List<Command> commands = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final List<String> added = new ArrayList<>();
        private int skippedCells;
        private int skippedRows;

        Edit(SheetView<R> sheet) {
            this.sheet = sheet;
        }

        void place(R row, SheetColumn<R> column, String text) {
            if (!column.isEditable(row)) {
                if (column.numeric() || column.editor() != null) {
                    skippedCells++;
                }
                return;
            }
            CellEdit edit = column.editor().commit(row, text);
            if (edit.isRefused()) {
                errors.add(sheet.messages().format("sheet.paste.cell", sheet.rowName(row), column.header(),
                        edit.error()));
            } else if (edit.command() != null) {
                commands.add(edit.command());
            }
        }

        void run(String description) {
            if (!errors.isEmpty()) {
                List<String> listed = errors.subList(0, Math.min(errors.size(), MAX_LISTED));
                sheet.showMessage(sheet.messages().format("sheet.paste.refused", errors.size(),
                        String.join("；", listed)));
                return;
            }
            List<Command> all = new ArrayList<>(adds);
            all.addAll(commands);
            sheet.execute(description, all);
            List<String> notes = new ArrayList<>();
            if (!added.isEmpty()) {
                notes.add(sheet.messages().format("sheet.paste.added", added.size(),
                        String.join("、", added.subList(0, Math.min(added.size(), MAX_LISTED)))));
            }
            if (skippedRows > 0) {
                notes.add(sheet.messages().format("sheet.paste.skippedRows", skippedRows));
            }
            if (skippedCells > 0) {
                notes.add(sheet.messages().format("sheet.paste.skipped", skippedCells));
            }
            sheet.showMessage(String.join(" ", notes));
        }
    }

    /** The bounding rectangle of the selected cells, in visible row and column indexes. */
    private record Block(int top, int left, int bottom, int right) {
        int cellCount() {
            return (bottom - top + 1) * (right - left + 1);
        }

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
