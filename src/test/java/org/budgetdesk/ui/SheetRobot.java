package org.budgetdesk.ui;

import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Test helper: puts the focus on a cell of a sheet and reads what a cell shows. */
public final class SheetRobot {
    private final FxRobot robot;

    public SheetRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Brings a section tab to the front, as a click on its title would. */
    public SheetRobot showTab(String tabId) {
        javafx.scene.control.TabPane tabs = robot.lookup("#sectionTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        return this;
    }

    public TreeTableView<?> table(String id) {
        return robot.lookup("#" + id).queryAs(TreeTableView.class);
    }

    /** Selects and focuses one cell, as a click would. */
    public void focus(String tableId, int row, String columnId) {
        TreeTableView<?> table = table(tableId);
        robot.interact(() -> {
            TreeTableColumn<?, ?> column = column(table, columnId);
            focusCell(table, row, column);
            table.requestFocus();
        });
    }

    /** Selects a block of cells from (row, column) to (lastRow, lastColumn). */
    public void select(String tableId, int row, String columnId, int lastRow, String lastColumnId) {
        TreeTableView<?> table = table(tableId);
        robot.interact(() -> {
            selectRange(table, row, column(table, columnId), lastRow, column(table, lastColumnId));
            table.requestFocus();
        });
    }

    /** The text the cell shows now. */
    public String text(String tableId, int row, String columnId) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + tableId + " .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row)
                .map(cell -> cell.getText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible cell " + columnId + " in row " + row));
    }

    private static TreeTableColumn<?, ?> column(TreeTableView<?> table, String id) {
        return table.getVisibleLeafColumns().stream().filter(column -> id.equals(column.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + id));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void focusCell(TreeTableView table, int row, TreeTableColumn column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectRange(TreeTableView table, int row, TreeTableColumn column, int lastRow,
                                    TreeTableColumn lastColumn) {
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(row, column, lastRow, lastColumn);
        table.getFocusModel().focus(row, column);
    }
}
