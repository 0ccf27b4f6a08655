package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.CompositeCommand;
import org.budgetdesk.undo.UndoManager;

/**
 * A tree table that edits like a spreadsheet: typing starts editing, Enter and Tab move on, Esc cancels, Delete
 * clears, and blocks of cells are copied and pasted as tab-separated text (Excel's clipboard format). Every edit
 * goes through the undo manager; refused text leaves the model untouched and shows its message under the table.
 */
public final class SheetView<R> {
    /** Room kept for the vertical scroll bar and the table's border, so a filled table does not scroll sideways. */
    private static final double VERTICAL_BAR_ROOM = 20;
    private final TreeTableView<R> table = new TreeTableView<>();
    private final Label message = new Label();
    private final ReadOnlyStringWrapper messageText = new ReadOnlyStringWrapper(this, "message", "");
    private final BorderPane root = new BorderPane();
    private final List<SheetColumn<R>> columns;
    private final UndoManager undoManager;
    private final ObservableBooleanValue readOnly;
    private final Document document;
    private RowKeys<R> rowKeys;
    private final FrozenColumns frozen = new FrozenColumns(table);
    private final Messages messages;
    private String typedText;
    private java.util.function.Function<R, String> marker = row -> null;
    private final javafx.beans.property.IntegerProperty marksVersion =
            new javafx.beans.property.SimpleIntegerProperty(this, "marksVersion", 0);

    public SheetView(String id, List<SheetColumn<R>> columns, Document document, Messages messages) {
        this.columns = List.copyOf(columns);
        this.document = document;
        this.undoManager = document.undoManager();
        this.readOnly = document.readOnlyProperty();
        this.messages = messages;
        table.setPlaceholder(new Label(messages.get("sheet.empty"))); // not the toolkit's English “No content in table”
        table.setId(id);
        table.getProperties().put(SheetView.class, this);
        table.setAccessibleText(id);
        table.setShowRoot(false);
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        for (SheetColumn<R> column : this.columns) {
            table.getColumns().add(treeColumn(column));
        }
        fillWithLastColumn();
        message.setId(id + "Message");
        message.textProperty().bind(messageText);
        message.getStyleClass().add("sheet-message");
        message.setWrapText(true); // a refusal naming several cells is read whole, never cut off with “…”
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setBottom(message);
        root.getStyleClass().add("sheet");
        new SheetKeys<>(this).install();
        root.setCenter(new StackPane(table, SheetInputMethod.install(this)));
    }

    private TreeTableColumn<R, String> treeColumn(SheetColumn<R> column) {
        TreeTableColumn<R, String> treeColumn = new TreeTableColumn<>(column.header());
        treeColumn.setId(column.id());
        treeColumn.setPrefWidth(column.width());
        treeColumn.setSortable(false);
        treeColumn.setEditable(column.editor() != null);
        treeColumn.setUserData(column);
        treeColumn.setCellValueFactory(features -> {
            R row = features.getValue() == null ? null : features.getValue().getValue();
            return row == null ? null : column.display().apply(row);
        });
        treeColumn.setCellFactory(ignored -> new SheetCell<>(this, column));
        treeColumn.setOnEditCommit(event -> { });
        return treeColumn;
    }

    /**
     * The last column (用途说明, 变动原因: a text) takes the width the others leave in a wide window, so its text is
     * not cut off with room to spare; it never gets narrower than its own width, and the table then scrolls.
     */
    private void fillWithLastColumn() {
        TreeTableColumn<R, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        double own = last.getPrefWidth();
        javafx.beans.InvalidationListener fit = changed -> {
            double others = table.getColumns().stream().filter(column -> column != last && column.isVisible())
                    .mapToDouble(TreeTableColumn::getWidth).sum();
            last.setPrefWidth(Math.max(own, table.getWidth() - others - VERTICAL_BAR_ROOM));
        };
        table.widthProperty().addListener(fit);
        table.getColumns().stream().filter(column -> column != last)
                .forEach(column -> column.widthProperty().addListener(fit));
    }

    public Node node() {
        return root;
    }

    /** The sheet behind a table, if the table belongs to one. */
    public static Optional<SheetView<?>> of(TreeTableView<?> table) {
        return Optional.ofNullable((SheetView<?>) table.getProperties().get(SheetView.class));
    }

    /**
     * Marks rows: the style class a row's first cell gets (e.g. for a check finding or a review comment), or null.
     * Call {@link #refreshMarks()} when what the marker reads changes.
     */
    public void setRowMarker(java.util.function.Function<R, String> rowMarker) {
        marker = rowMarker;
        refreshMarks();
    }

    /** Re-reads the marks of the rows shown; cells update in place, so an edit in progress goes on. */
    public void refreshMarks() {
        marksVersion.set(marksVersion.get() + 1);
    }

    javafx.beans.property.ReadOnlyIntegerProperty marksVersion() {
        return marksVersion;
    }

    String markOf(R row) {
        return row == null ? null : marker.apply(row);
    }

    public TreeTableView<R> table() {
        return table;
    }

    /** Replaces the rows; the root itself is hidden. */
    public void setRoot(TreeItem<R> rootItem) {
        table.setRoot(rootItem);
    }

    /** The last refusal or notice, empty after a good edit. */
    public ReadOnlyStringProperty messageProperty() {
        return messageText.getReadOnlyProperty();
    }

    boolean isReadOnly() {
        return readOnly.get();
    }

    Messages messages() {
        return messages;
    }

    /** Starts editing the focused cell with text the user typed (null: with its own text, as F2 does). */
    void editWithTypedText(String text) {
        TreeTablePosition<R, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getTableColumn() == null) {
            return;
        }
        if (!isEntered(focus.getRow(), table.getVisibleLeafIndex(focus.getTableColumn()))) {
            explainNoEdit(rowAt(focus.getRow()), spec(focus.getTableColumn()));
            return;
        }
        typedText = text;
        table.edit(focus.getRow(), focus.getTableColumn());
        typedText = null;
    }

    String takeTypedText() {
        String text = typedText;
        typedText = null;
        return text;
    }

    /** Commits text into a cell: runs its edit, or shows why it is refused. Returns false when refused. */
    boolean commit(R row, SheetColumn<R> column, String text) {
        if (readOnly.get() || !column.isEditable(row)) {
            return true;
        }
        CellEdit edit = column.editor().commit(row, text);
        if (edit.isRefused()) {
            messageText.set(messages.format("sheet.cell.refused", rowName(row), column.header(), edit.error()));
            return false;
        }
        if (edit.command() != null) {
            // 撤销 names the cell: “修改金额 2010101 行政运行 人员经费”
            undoManager.execute(Command.named(edit.command(), messages.format("edit.cell",
                    messages.get(edit.command().description()), rowName(row), column.header())));
        }
        messageText.set("");
        return true;
    }

    /** Runs several edits as one undo step. */
    void execute(String description, List<Command> commands) {
        if (!commands.isEmpty()) {
            undoManager.execute(new CompositeCommand(description, commands));
        }
    }

    void showMessage(String text) {
        messageText.set(text);
    }

    /** Moves the focus and selection to a cell and shows it, scrolling no more than needed. */
    void focusCell(int row, int column) {
        TreeTableColumn<R, ?> target = table.getVisibleLeafColumn(column);
        table.getSelectionModel().clearAndSelect(row, target);
        table.getFocusModel().focus(row, target);
        reveal(row);
        table.scrollToColumn(target);
        frozen.uncover(column);
        table.requestFocus();
    }

    /**
     * Scrolls only as far as needed to show a row, as a spreadsheet does; {@code TreeTableView.scrollTo} would put
     * the row at the top and make the rows above it jump out of view at every Enter.
     */
    void reveal(int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            table.scrollTo(row);
        }
    }

    /** The column spec behind a visible column. */
    @SuppressWarnings("unchecked")
    SheetColumn<R> spec(TreeTableColumn<R, ?> column) {
        return (SheetColumn<R>) column.getUserData();
    }

    /** The row shown at a visible index, or null. */
    R rowAt(int index) {
        TreeItem<R> item = index < 0 ? null : table.getTreeItem(index);
        return item == null ? null : item.getValue();
    }

    /** Whether the cell at a visible row and column index takes typed text. */
    boolean isEntered(int row, int column) {
        return !readOnly.get() && spec(table.getVisibleLeafColumn(column)).isEditable(rowAt(row));
    }

    /**
     * How a person names a row: the texts of its first two label columns (“2080101 行政运行”), or “第4行” for a
     * row without any.
     */
    String rowName(R row) {
        String label = label(row);
        return label.isEmpty() ? messages.format("sheet.row", visibleRows().indexOf(row) + 1) : label;
    }

    /** The label of the row at a visible index (“2080101 行政运行”), empty for a row without one. */
    public String labelAt(int index) {
        return label(rowAt(index));
    }

    /** Selects the first cell of a row, shows it and gives the table the focus. */
    public void showRow(int index) {
        focusCell(index, 0);
    }

    private String label(R row) {
        List<String> parts = new ArrayList<>();
        for (TreeTableColumn<R, ?> treeColumn : table.getVisibleLeafColumns()) {
            SheetColumn<R> column = spec(treeColumn);
            if (column.editor() != null || column.numeric() || parts.size() == 2) {
                break;
            }
            Object text = row == null ? null : column.display().apply(row).getValue();
            if (text != null && !text.toString().isBlank()) {
                parts.add(text.toString().strip());
            }
        }
        return String.join(" ", parts);
    }

    /** Says why a cell cannot be edited: the project is read-only (and why), or the cell is derived or fixed. */
    void explainNoEdit(R row, SheetColumn<R> column) {
        String reason = document.readOnlyReasonKey();
        if (reason != null) {
            messageText.set(messages.get(reason));
        } else if (row != null && column != null && !column.isEditable(row)) {
            messageText.set(messages.format(column.numeric() ? "sheet.derived" : "sheet.fixed", rowName(row),
                    column.header()));
        }
    }

    /** The visible index of the column with this id, or -1. */
    int columnIndex(String columnId) {
        for (int i = 0; i < table.getVisibleLeafColumns().size(); i++) {
            if (columnId.equals(table.getVisibleLeafColumn(i).getId())) {
                return i;
            }
        }
        return -1;
    }

    /** Copies the selected block to the clipboard as tab-separated text. */
    public void copy() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(SheetClipboard.copy(this));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** Copies the selected block and clears its entered cells (one undo step). */
    public void cut() {
        copy();
        SheetClipboard.clear(this, "edit.cut");
    }

    /** Pastes the clipboard's block (its text, or the table of its HTML) at the selection; one undo step. */
    public void paste() {
        List<List<String>> block = SheetClipboard.block(javafx.scene.input.Clipboard.getSystemClipboard());
        if (block != null) {
            SheetClipboard.paste(this, block);
        }
    }

    /** Clears the selected entered cells (one undo step). */
    public void delete() {
        SheetClipboard.clear(this, "edit.clear");
    }

    /** Selects every cell. */
    public void selectAll() {
        table.getSelectionModel().selectAll();
    }

    /** Copies the first selected row into the rows below it, or the row above into a single selected row. */
    public void fillDown() {
        SheetClipboard.fillDown(this);
    }

    /** Keeps the first columns (code and name) in place when the table scrolls right. */
    public void freezeColumns(int columns) {
        frozen.freeze(columns);
    }

    FrozenColumns frozen() {
        return frozen;
    }

    /** Lets a pasted block that carries codes find its rows by code, and add the missing ones. */
    public void setRowKeys(RowKeys<R> keys) {
        rowKeys = keys;
    }

    RowKeys<R> rowKeys() {
        return rowKeys;
    }

    /** The rows of the table in display order (expanded items). */
    List<R> visibleRows() {
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<R> item = table.getTreeItem(i);
            rows.add(item == null ? null : item.getValue());
        }
        return rows;
    }
}
