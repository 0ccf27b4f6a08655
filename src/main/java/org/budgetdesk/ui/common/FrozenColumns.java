package org.budgetdesk.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's first columns (code and name) in place when it scrolls right, as a spreadsheet's frozen panes
 * do: their cells and headers are shifted by the horizontal scroll offset and drawn over the columns passing
 * beneath them. One table keeps one selection, one focus and one keyboard, which two synchronised tables would
 * have to share.
 */
final class FrozenColumns {
    private final TreeTableView<?> table;
    private final DoubleProperty offset = new SimpleDoubleProperty(this, "offset", 0);
    private int count;
    private ScrollBar bar;

    FrozenColumns(TreeTableView<?> table) {
        this.table = table;
        table.skinProperty().addListener((obs, before, after) -> {
            if (after != null) {
                javafx.application.Platform.runLater(this::attach);
            }
        });
    }

    /** Freezes the first {@code columns} visible columns. */
    void freeze(int columns) {
        count = columns;
        attach();
    }

    boolean isFrozen(int visibleIndex) {
        return visibleIndex >= 0 && visibleIndex < count;
    }

    /** How far the table is scrolled right, in pixels: the shift of a frozen cell. */
    ReadOnlyDoubleProperty offset() {
        return offset;
    }

    /** Follows the horizontal scroll bar and shifts the frozen columns' headers; cells follow {@link #offset}. */
    private void attach() {
        if (count == 0 || !(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        for (Node node : flow.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.getParent() == flow) {
                this.bar = bar;
                offset.unbind();
                offset.bind(bar.valueProperty());
            }
        }
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header
                    && isFrozen(table.getVisibleLeafColumns().indexOf(header.getTableColumn()))) {
                shift(header);
            }
        }
    }

    /**
     * After the table scrolled a column into view: scrolls back as far as needed so that it is not hidden under
     * the frozen columns (the table would put it at the left edge, where they are).
     */
    void uncover(int visibleIndex) {
        if (bar == null || isFrozen(visibleIndex)) {
            return;
        }
        double frozenWidth = 0;
        double left = 0;
        for (int i = 0; i < visibleIndex; i++) {
            double width = table.getVisibleLeafColumn(i).getWidth();
            frozenWidth += isFrozen(i) ? width : 0;
            left += width;
        }
        if (left - bar.getValue() < frozenWidth) {
            bar.setValue(Math.max(bar.getMin(), left - frozenWidth));
        }
    }

    /** Moves a frozen cell or header by the scroll offset and draws it above its neighbours. */
    void shift(Node node) {
        if (!node.translateXProperty().isBound()) {
            node.translateXProperty().bind(offset);
        }
        node.setViewOrder(-1);
        if (!node.getStyleClass().contains("frozen")) {
            node.getStyleClass().add("frozen");
        }
    }

    /** Undoes {@link #shift} on a cell that now shows a column that is not frozen. */
    static void release(Node node) {
        if (node.translateXProperty().isBound()) {
            node.translateXProperty().unbind();
            node.setTranslateX(0);
            node.setViewOrder(0);
            node.getStyleClass().remove("frozen");
        }
    }
}
