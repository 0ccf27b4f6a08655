package org.budgetdesk.ui.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.compare.PlaceLabels;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.DisclosureSection;

/**
 * The differences side by side, under one heading row per section: where, the earlier value, the open one, and the
 * change.
 */
final class CompareTable {
    private final TreeTableView<DiffRow> table = new TreeTableView<>();
    private final Messages messages;
    private final PlaceLabels labels;
    private DisplayUnit unit = DisplayUnit.WAN_YUAN;
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label();

    CompareTable(Messages messages) {
        this.messages = messages;
        this.labels = new PlaceLabels(messages);
        table.setId("compareTable");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(
                column("place", 330, Pos.CENTER_LEFT, this::place),
                column("unit", 150, Pos.CENTER_LEFT, row -> row.isHeading() ? "" : row.difference().unitName()),
                column("before", 300, Pos.CENTER_LEFT, row -> value(row, true)),
                column("after", 300, Pos.CENTER_LEFT, row -> value(row, false)),
                column("delta", 110, Pos.CENTER_RIGHT, this::delta),
                column("change", 70, Pos.CENTER, row -> row.isHeading() ? ""
                        : messages.get("compare.change." + row.difference().change()))));
    }

    TreeTableView<DiffRow> node() {
        return table;
    }

    /** Shows a comparison (none: an empty table), amounts in {@code displayUnit}. */
    void show(Comparison comparison, DisplayUnit displayUnit) {
        unit = displayUnit;
        placeholder.setText(messages.get(comparison == null ? "compare.noDraft" : "compare.none"));
        TreeItem<DiffRow> root = new TreeItem<>();
        if (comparison != null) {
            for (Map.Entry<DisclosureSection, List<Difference>> group : comparison.bySection().entrySet()) {
                TreeItem<DiffRow> heading = new TreeItem<>(DiffRow.heading(group.getKey(), group.getValue().size()));
                heading.setExpanded(true);
                for (Difference difference : group.getValue()) {
                    heading.getChildren().add(new TreeItem<>(DiffRow.of(difference)));
                }
                root.getChildren().add(heading);
            }
        }
        table.setRoot(root);
    }

    /** The difference of the selected row, or null when a heading or nothing is selected. */
    /** True while no difference is selected (a heading or nothing). */
    javafx.beans.binding.BooleanBinding nothingSelected() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> selected() == null,
                table.getSelectionModel().selectedItemProperty());
    }

    Difference selected() {
        TreeItem<DiffRow> item = table.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().difference();
    }

    private String place(DiffRow row) {
        if (row.isHeading()) {
            return messages.format("compare.heading", labels.section(row.section()), row.count());
        }
        return labels.describe(row.difference());
    }

    private String value(DiffRow row, boolean before) {
        if (row.isHeading()) {
            return "";
        }
        Difference difference = row.difference();
        String raw = before ? difference.before() : difference.after();
        if (raw != null && difference.kind() == Difference.ValueKind.AMOUNT) {
            return Numbers.grouped(new BigDecimal(raw), unit); // 1,234.56 as in the tabs; the CLI prints plain figures
        }
        String shown = labels.value(difference, raw, unit);
        return shown.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ");
    }

    private String delta(DiffRow row) {
        if (row.isHeading() || row.difference().delta() == null) {
            return "";
        }
        BigDecimal delta = row.difference().delta();
        if (row.difference().kind() != Difference.ValueKind.AMOUNT) {
            return labels.delta(row.difference(), unit);
        }
        return (delta.signum() > 0 ? "+" : "") + Numbers.grouped(delta, unit);
    }

    /** Amounts and counts are figures: right-aligned, so their digits line up. */
    static boolean isFigure(DiffRow row) {
        return row != null && !row.isHeading() && row.difference().kind() != Difference.ValueKind.TEXT;
    }

    private TreeTableColumn<DiffRow, String> column(String id, double width, Pos alignment,
                                                  Function<DiffRow, String> text) {
        TreeTableColumn<DiffRow, String> column = new TreeTableColumn<>(messages.get("compare.column." + id));
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(
                data.getValue().getValue() == null ? "" : text.apply(data.getValue().getValue())));
        column.setCellFactory(col -> new WrappingCell(alignment,
                id.equals("before") || id.equals("after") ? CompareTable::isFigure : row -> false));
        return column;
    }
}
