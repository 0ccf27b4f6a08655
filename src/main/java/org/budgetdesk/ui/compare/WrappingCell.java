package org.budgetdesk.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.TreeTableCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A cell whose text wraps at the column's width, so a changed paragraph is read whole, side by side with the other
 * draft's; section headings are bold.
 */
final class WrappingCell extends TreeTableCell<DiffRow, String> {
    private final Text text = new Text();
    private final Pos alignment;
    private final java.util.function.Predicate<DiffRow> rightAligned;

    /** @param rightAligned the rows whose text is a figure, shown right-aligned whatever the column's alignment */
    WrappingCell(Pos alignment, java.util.function.Predicate<DiffRow> rightAligned) {
        this.alignment = alignment;
        this.rightAligned = rightAligned;
        align(alignment);
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        text.setText(item);
        DiffRow row = getTableRow() == null ? null : getTableRow().getItem();
        text.setStyle(row != null && row.isHeading() ? "-fx-font-weight: bold;" : "");
        align(rightAligned.test(row) ? Pos.CENTER_RIGHT : alignment);
        setGraphic(text);
        setAccessibleText(item);
    }

    private void align(Pos position) {
        setAlignment(position);
        text.setTextAlignment(switch (position.getHpos()) {
            case RIGHT -> TextAlignment.RIGHT;
            case CENTER -> TextAlignment.CENTER;
            default -> TextAlignment.LEFT;
        });
    }
}
