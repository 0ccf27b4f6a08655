package org.budgetdesk.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.budgetdesk.export.importing.ImportMapping;
import org.budgetdesk.export.importing.SheetMapping;
import org.budgetdesk.export.importing.TableKind;
import org.budgetdesk.export.importing.WorkbookLayout;

/**
 * The mapping step of the import: every sheet of the workbook with the table it is read as (none: not read), and
 * every column of it with the figure it holds (none: not read), starting from the mapping recognised or remembered.
 * {@link #mapping()} is what the person confirmed.
 */
public final class MappingViewModel {
    private final WorkbookLayout layout;
    private final ImportMapping proposed;
    private final List<SheetChoice> sheets = new ArrayList<>();

    /** One sheet: its table ({@code null}: not read) and a field per column ("" : not read). */
    public static final class SheetChoice {
        private final String sheet;
        private final ObjectProperty<TableKind> table = new SimpleObjectProperty<>(this, "table");
        private final Map<String, StringProperty> columns = new LinkedHashMap<>();

        SheetChoice(String sheet, List<String> paths, SheetMapping mapped) {
            this.sheet = sheet;
            table.set(mapped == null ? null : mapped.table());
            for (String path : paths) {
                if (!path.isEmpty()) {
                    String field = mapped == null ? "" : mapped.columns().getOrDefault(path, "");
                    columns.put(path, new SimpleStringProperty(this, path, field));
                }
            }
            table.addListener((observable, before, after) -> columns.values().forEach(field -> {
                if (after == null || !after.fields().contains(field.get())) {
                    field.set("");
                }
            }));
        }

        public String sheet() {
            return sheet;
        }

        public ObjectProperty<TableKind> table() {
            return table;
        }

        /** Header path → the field its column holds ("" for none). */
        public Map<String, StringProperty> columns() {
            return columns;
        }
    }

    public MappingViewModel(WorkbookLayout layout, ImportMapping proposed) {
        this.layout = layout;
        this.proposed = proposed;
        layout.sheets().forEach((sheet, paths) -> sheets.add(new SheetChoice(sheet, paths, proposed == null ? null
                : proposed.sheets().stream().filter(mapped -> mapped.sheet().equals(sheet)).findFirst()
                        .orElse(null))));
    }

    public List<SheetChoice> sheets() {
        return sheets;
    }

    /** The mapping as chosen: the proposed one when nothing changed, else the person's (layout {@code user}). */
    public ImportMapping mapping() {
        List<SheetMapping> chosen = new ArrayList<>();
        for (SheetChoice choice : sheets) {
            if (choice.table.get() == null) {
                continue;
            }
            Map<String, String> columns = new LinkedHashMap<>();
            choice.columns.forEach((path, field) -> {
                if (!field.get().isEmpty()) {
                    columns.put(path, field.get());
                }
            });
            chosen.add(new SheetMapping(choice.sheet, choice.table.get(), columns));
        }
        if (proposed != null && chosen.equals(proposed.sheets())) {
            return proposed;
        }
        return new ImportMapping("user", layout.fingerprint(), chosen);
    }
}
