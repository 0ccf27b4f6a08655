package org.budgetdesk.ui.importing;

import org.budgetdesk.ui.common.DialogButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.budgetdesk.export.importing.ImportMapping;
import org.budgetdesk.export.importing.TableKind;
import org.budgetdesk.export.importing.WorkbookLayout;
import org.budgetdesk.i18n.Messages;

/**
 * The mapping step of 文件 → 导入 Excel…: a pane per sheet with the table it is read as, and under it each column
 * with the figure it holds. Sheets read are open, the others closed; 确定 gives the mapping as shown.
 */
public final class MappingDialog implements MappingEditor {
    /** The header column's width, the same in every pane so that the choices line up. */
    private static final double LABEL_WIDTH = 260;
    private final Window owner;
    private final Messages messages;

    public MappingDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<ImportMapping> edit(WorkbookLayout layout, ImportMapping proposed) {
        MappingViewModel model = new MappingViewModel(layout, proposed);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("import.mapping.title"));
        dialog.setHeaderText(messages.get("import.mapping.header"));
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().setPrefSize(760, 560);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(ok::equals).map(button -> model.mapping());
    }

    /** The panes, one per sheet; public for the screenshots and the tests. */
    public ScrollPane content(MappingViewModel model) {
        VBox panes = new VBox(4);
        List<MappingViewModel.SheetChoice> sheets = model.sheets();
        for (int s = 0; s < sheets.size(); s++) {
            panes.getChildren().add(pane(sheets.get(s), s));
        }
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToWidth(true);
        scroll.setId("mappingSheets");
        return scroll;
    }

    private TitledPane pane(MappingViewModel.SheetChoice sheet, int index) {
        List<TableKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(TableKind.values()));
        ComboBox<TableKind> table = new ComboBox<>();
        table.getItems().setAll(kinds);
        table.setConverter(converter(kind -> messages.get(kind == null ? "import.table.none"
                : "import.table." + kind.id())));
        table.valueProperty().bindBidirectional(sheet.table());
        table.setId("mappingTable" + index);
        table.setPrefWidth(360);
        table.setAccessibleText(messages.format("import.mapping.tableOf", sheet.sheet()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(messages.get("import.mapping.table")), table);
        int row = 1;
        for (Map.Entry<String, javafx.beans.property.StringProperty> column : sheet.columns().entrySet()) {
            ComboBox<String> field = new ComboBox<>();
            field.setPrefWidth(240);
            fill(field, sheet.table().get());
            field.setConverter(converter(this::fieldName));
            field.valueProperty().bindBidirectional(column.getValue());
            sheet.table().addListener((observable, before, after) -> fill(field, after));
            field.disableProperty().bind(sheet.table().isNull());
            field.setId("mappingColumn" + index + "-" + (row - 1));
            field.setAccessibleText(messages.format("import.mapping.columnOf", column.getKey()));
            grid.addRow(row++, new Label(column.getKey().replace("/", " / ")), field);
        }
        TitledPane pane = new TitledPane("", grid);
        pane.textProperty().bind(sheet.table().map(kind -> messages.format("import.mapping.sheetAs", sheet.sheet(),
                messages.get("import.table." + kind.id()))).orElse(messages.format("import.mapping.sheetAs",
                sheet.sheet(), messages.get("import.table.none"))));
        pane.setExpanded(sheet.table().get() != null);
        pane.setId("mappingSheet" + index);
        return pane;
    }

    private static void fill(ComboBox<String> field, TableKind kind) {
        String value = field.getValue();
        List<String> fields = new ArrayList<>();
        fields.add("");
        if (kind != null) {
            fields.addAll(kind.fields());
        }
        field.getItems().setAll(fields);
        field.setValue(fields.contains(value) ? value : "");
    }

    /** A field's name as the person reads it: 人员经费, 收入：事业收入, … */
    String fieldName(String field) {
        if (field == null || field.isEmpty()) {
            return messages.get("import.field.none");
        }
        if (field.startsWith("source.")) {
            String source = field.substring("source.".length());
            String name = source.equals("CARRY_OVER") ? org.budgetdesk.model.IncomeGroup.CARRY_OVER.officialName()
                    : org.budgetdesk.model.FundingSource.valueOf(source).officialName();
            return messages.format("import.field.source", name);
        }
        return messages.get("import.field." + field);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choices are not typed");
            }
        };
    }
}
