package org.budgetdesk.ui.check;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.CjkFont;
import org.budgetdesk.ui.common.Document;

/**
 * The 检查 panel: the findings grouped by tab, each with its severity icon, rule, message, unit and code, kept
 * current by the {@link CheckViewModel}. Double-click or Enter on a finding hands its {@link Location} to
 * {@code jumpTo}, which brings the tab and the row to the front.
 */
public final class CheckView {
    private final CheckViewModel viewModel;
    private final Consumer<Location> jumpTo;
    private final TreeTableView<CheckRow> table = new TreeTableView<>();
    private final BorderPane root = new BorderPane(table);

    /** A panel with its own view model, checking 300 ms after the last change. */
    public CheckView(Document document, Messages messages, Consumer<Location> jumpTo) {
        this(new CheckViewModel(document, messages), messages, jumpTo);
    }

    /** A panel over a view model the window already holds (e.g. for the status bar's counts). */
    public CheckView(CheckViewModel viewModel, Messages messages, Consumer<Location> jumpTo) {
        this.viewModel = viewModel;
        this.jumpTo = jumpTo;
        root.setId("checkView");
        root.setStyle(CjkFont.rootStyle());
        Label summary = new Label();
        summary.setId("checkSummary");
        summary.textProperty().bind(viewModel.summary());
        Label hint = new Label(messages.get("check.hint"));
        BorderPane top = new BorderPane(null, null, hint, null, summary);
        top.setPadding(new Insets(4, 8, 4, 8));
        root.setTop(top);
        table.setId("checkTable");
        table.setAccessibleText(messages.get("check.table"));
        table.setShowRoot(false);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.failed()).then(viewModel.summary())
                .otherwise(messages.get("check.none")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                severityColumn(messages),
                column("checkRule", messages.get("check.column.rule"), 50, row -> row.finding().rule()),
                column("checkUnit", messages.get("check.column.unit"), 160,
                        row -> viewModel.unit(row.finding().location())),
                column("checkPlace", messages.get("check.column.place"), 80,
                        row -> viewModel.place(row.finding().location())),
                messageColumn(column("checkMessage", messages.get("check.column.message"), 640,
                        row -> viewModel.message(row.finding())))));
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                jumpToSelected();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                jumpToSelected();
                event.consume();
            }
        });
        viewModel.findings().addListener((ListChangeListener<Finding>) change -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    public CheckViewModel viewModel() {
        return viewModel;
    }

    public TreeTableView<CheckRow> table() {
        return table;
    }

    private void jumpToSelected() {
        TreeItem<CheckRow> item = table.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null && !item.getValue().isHeading()) {
            jumpTo.accept(item.getValue().finding().location());
        }
    }

    /** Rebuilds the tree from the view model, keeping the selected finding selected when it is still there. */
    private void rebuild() {
        TreeItem<CheckRow> selected = table.getSelectionModel().getSelectedItem();
        Finding wasSelected = selected == null || selected.getValue() == null ? null : selected.getValue().finding();
        TreeItem<CheckRow> rootItem = new TreeItem<>();
        TreeItem<CheckRow> reselect = null;
        for (CheckViewModel.Group group : viewModel.groups()) {
            TreeItem<CheckRow> heading = new TreeItem<>(CheckRow.heading(group.title()));
            heading.setExpanded(true);
            for (Finding finding : group.findings()) {
                TreeItem<CheckRow> item = new TreeItem<>(CheckRow.of(finding));
                heading.getChildren().add(item);
                if (finding.equals(wasSelected)) {
                    reselect = item;
                }
            }
            rootItem.getChildren().add(heading);
        }
        table.setRoot(rootItem);
        if (reselect != null) {
            table.getSelectionModel().select(reselect);
        }
    }

    /** The message cell's left and right padding (modena: 0.166667em each side) and a margin. */
    private static final double CELL_PADDING = 12;

    private TreeTableColumn<CheckRow, String> severityColumn(Messages messages) {
        TreeTableColumn<CheckRow, String> column = column("checkSeverity", messages.get("check.column.severity"), 210,
                row -> viewModel.severity(row.finding()));
        column.setCellFactory(ignored -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                CheckRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setGraphic(null);
                } else if (row.isHeading()) {
                    setText(row.title());
                    setGraphic(null);
                } else {
                    setText(text);
                    setGraphic(SeverityIcon.of(row.finding().severity()));
                }
            }
        });
        return column;
    }

    /**
     * The message column wraps a long message over as many lines as it needs, within the column's width (the row
     * grows), so nothing is cut off with “…”. The text follows the cell's font and colour (white when selected).
     */
    private static TreeTableColumn<CheckRow, String> messageColumn(TreeTableColumn<CheckRow, String> column) {
        column.setCellFactory(ignored -> new TreeTableCell<>() {
            private final Text wrapped = new Text();

            {
                wrapped.getStyleClass().add("check-message");
                wrapped.fontProperty().bind(fontProperty());
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.wrappingWidthProperty().bind(Bindings.max(0,
                        column.widthProperty().subtract(CELL_PADDING)));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                wrapped.setText(blank ? "" : text);
                setGraphic(blank ? null : wrapped);
                setText(null);
            }
        });
        return column;
    }

    /** A read-only text column; heading rows show their title in the severity column only. */
    private static TreeTableColumn<CheckRow, String> column(String id, String header, double width,
                                                            Function<CheckRow, String> text) {
        TreeTableColumn<CheckRow, String> column = new TreeTableColumn<>(header);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(features -> {
            CheckRow row = features.getValue() == null ? null : features.getValue().getValue();
            return new ReadOnlyStringWrapper(row == null || row.isHeading() ? "" : text.apply(row));
        });
        return column;
    }
}
