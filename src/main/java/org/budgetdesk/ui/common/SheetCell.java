package org.budgetdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;

/**
 * A cell of a {@link SheetView}: shows its column's text, marks derived cells, and edits entered ones in a text
 * field where Enter and Tab commit and move on, Esc cancels and leaving the cell commits.
 */
final class SheetCell<R> extends TreeTableCell<R, String> {
    static final String DERIVED = "derived";
    static final String ENTERED = "entered";
    private String mark;

    private final SheetView<R> sheet;
    private final SheetColumn<R> column;
    private TextField field;

    SheetCell(SheetView<R> sheet, SheetColumn<R> column) {
        this.sheet = sheet;
        this.column = column;
        if (column.numeric()) {
            setAlignment(Pos.CENTER_RIGHT);
        }
        sheet.marksVersion().addListener((obs, before, after) -> updateMark());
    }

    private R row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(DERIVED, ENTERED);
        if (empty) {
            updateMark();
            updateFrozen();     // an empty row's frozen cells cover the columns scrolling beneath them too
            setText(null);
            setGraphic(null);
            return;
        }
        getStyleClass().add(column.isEditable(row()) ? ENTERED : DERIVED);
        updateMark();
        updateFrozen();
        if (!isEditing()) {
            setText(item);
            setGraphic(null);
        }
    }

    /** A cell of a frozen column stays in place while the table scrolls right. */
    private void updateFrozen() {
        if (getTreeTableView() != null && getTableColumn() != null
                && sheet.frozen().isFrozen(getTreeTableView().getVisibleLeafIndex(getTableColumn()))) {
            sheet.frozen().shift(this);
        } else {
            FrozenColumns.release(this);
        }
    }

    /** Shows the mark of this cell's row (first column only): a bar for a check finding or a review comment. */
    private void updateMark() {
        if (mark != null) {
            getStyleClass().remove(mark);
            mark = null;
        }
        boolean firstColumn = getTableColumn() != null && getTreeTableView() != null
                && getTreeTableView().getVisibleLeafIndex(getTableColumn()) == 0;
        if (!isEmpty() && firstColumn) {
            mark = sheet.markOf(row());
            if (mark != null) {
                getStyleClass().add(mark);
            }
        }
    }

    @Override
    public void startEdit() {
        R row = row();
        if (!column.isEditable(row) || sheet.isReadOnly()) {
            // The table asked this cell to edit (typing, F2, a double click); release it, or the table would stay
            // "editing" a cell that is not, and the sheet's keys would stop working.
            if (getTreeTableView() != null && getTreeTableView().getEditingCell() != null) {
                getTreeTableView().edit(-1, null);
            }
            sheet.explainNoEdit(row, column);
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = sheet.takeTypedText();
        field = new EditorField(typed != null ? typed : column.editor().editText(row));
        field.setId("cellEditor");
        field.setAlignment(getAlignment());
        field.setOnKeyPressed(event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.ENTER) {
                event.consume();
                commitAndMove(event.isShiftDown() ? -1 : 1, 0);
            } else if (code == KeyCode.TAB) {
                event.consume();
                commitAndMove(0, event.isShiftDown() ? -1 : 1);
            } else if (code == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
                sheet.table().requestFocus();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                if (!sheet.commit(row(), column, field.getText())) {
                    cancelEdit();
                }
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typed != null) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    private void commitAndMove(int rows, int columns) {
        if (sheet.commit(row(), column, field.getText())) {
            commitEdit(getItem());
            SheetMoves.step(sheet, rows, columns);
        }
    }

    /**
     * The cell editor. Pasting one cell inserts its text at the caret; pasting a block ends the edit and pastes
     * the block at this cell, as a spreadsheet does (a text field would run its cells together).
     */
    private final class EditorField extends TextField {
        EditorField(String text) {
            super(text);
        }

        @Override
        public void paste() {
            java.util.List<java.util.List<String>> block =
                    SheetClipboard.block(javafx.scene.input.Clipboard.getSystemClipboard());
            if (block == null || block.isEmpty()) {
                return;
            }
            if (block.size() == 1 && block.get(0).size() == 1) {
                replaceSelection(block.get(0).get(0).strip());
                return;
            }
            setText(column.editor().editText(row())); // what the cell held: leaving the field then changes nothing
            cancelEdit();
            sheet.table().requestFocus();
            SheetClipboard.paste(sheet, block);
        }
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        field = null;
        setGraphic(null);
        setText(getItem());
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setGraphic(null);
        setText(getItem());
    }
}
