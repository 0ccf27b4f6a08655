package org.budgetdesk.ui.common;

import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;

/**
 * Where the keys move the focus in a {@link SheetView}: Enter and Tab go to the next entered cell (derived cells
 * such as 合计 are passed over, as a spreadsheet's protected cells are), Ctrl+Arrow to the edge of the block.
 */
final class SheetMoves {
    private SheetMoves() {
    }

    /**
     * Moves one step (down with {@code rows} = 1, right with {@code columns} = 1, …) to the next cell that takes
     * typed text; Tab past the last column goes on in the next row. When no such cell lies that way (or the
     * project is read-only), it moves one plain step.
     */
    static <R> void step(SheetView<R> sheet, int rows, int columns) {
        Cell focus = Cell.focused(sheet);
        if (focus == null) {
            return;
        }
        int rowCount = sheet.table().getExpandedItemCount();
        int columnCount = sheet.table().getVisibleLeafColumns().size();
        Cell next = focus.plus(rows, columns, columnCount);
        while (next.inside(rowCount, columnCount)) {
            if (sheet.isEntered(next.row, next.column)) {
                sheet.focusCell(next.row, next.column);
                return;
            }
            next = next.plus(rows, columns, columnCount);
        }
        Cell plain = focus.plus(rows, columns, columnCount);
        sheet.focusCell(Math.max(0, Math.min(plain.row, rowCount - 1)),
                Math.max(0, Math.min(plain.column, columnCount - 1)));
    }

    /**
     * Ctrl+Arrow as in a spreadsheet: from a filled cell with a filled neighbour, to the last filled cell of the
     * run; otherwise to the next filled cell, or the table's edge when there is none.
     */
    static <R> void jump(SheetView<R> sheet, int rows, int columns) {
        Cell focus = Cell.focused(sheet);
        if (focus == null) {
            return;
        }
        int rowCount = sheet.table().getExpandedItemCount();
        int columnCount = sheet.table().getVisibleLeafColumns().size();
        Cell at = focus;
        Cell next = at.move(rows, columns);
        if (!next.inside(rowCount, columnCount)) {
            return;
        }
        if (filled(sheet, at) && filled(sheet, next)) {
            while (next.inside(rowCount, columnCount) && filled(sheet, next)) {
                at = next;
                next = next.move(rows, columns);
            }
        } else {
            at = next;
            while (!filled(sheet, at) && at.move(rows, columns).inside(rowCount, columnCount)) {
                at = at.move(rows, columns);
            }
        }
        sheet.focusCell(at.row, at.column);
    }

    private static <R> boolean filled(SheetView<R> sheet, Cell cell) {
        TreeTableColumn<R, ?> column = sheet.table().getVisibleLeafColumn(cell.column);
        R row = sheet.rowAt(cell.row);
        Object text = row == null ? null : sheet.spec(column).display().apply(row).getValue();
        return text != null && !text.toString().isBlank();
    }

    private record Cell(int row, int column) {
        static <R> Cell focused(SheetView<R> sheet) {
            TreeTablePosition<R, ?> focus = sheet.table().getFocusModel().getFocusedCell();
            if (focus == null || focus.getRow() < 0 || focus.getTableColumn() == null) {
                return null;
            }
            return new Cell(focus.getRow(), sheet.table().getVisibleLeafIndex(focus.getTableColumn()));
        }

        Cell move(int rows, int columns) {
            return new Cell(row + rows, column + columns);
        }

        /** A step that wraps from the last column to the first of the next row, and back. */
        Cell plus(int rows, int columns, int columnCount) {
            int nextColumn = column + columns;
            if (nextColumn >= columnCount) {
                return new Cell(row + rows + 1, 0);
            }
            if (nextColumn < 0) {
                return new Cell(row + rows - 1, columnCount - 1);
            }
            return new Cell(row + rows, nextColumn);
        }

        boolean inside(int rowCount, int columnCount) {
            return row >= 0 && row < rowCount && column >= 0 && column < columnCount;
        }
    }
}
