package org.budgetdesk.ui;

import org.budgetdesk.ui.common.DialogButtons;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.region.Region;
import org.budgetdesk.region.Regions;

/** The export question: format, region (its tables and explanation) and unit, then where to write the file. */
final class ExportDialog {

    private ExportDialog() {
    }

    static Optional<Dialogs.ExportChoice> ask(Window owner, Messages messages, List<ExportFormat> formats,
                                              Dialogs.ExportDefaults defaults, String baseName) {
        ChoiceBox<ExportFormat> format = choice("exportFormat", messages.get("export.format"), formats,
                value -> messages.get("export.format." + value.id()));
        ChoiceBox<Region> tables = choice("exportTables", messages.get("export.tables"), Regions.all(),
                value -> value.title(messages.locale().getLanguage()));
        // the project's region, else the last choice, else the default one (not whichever is listed first)
        String wanted = defaults.tables() == null || defaults.tables().isBlank() ? Region.DEFAULT : defaults.tables();
        Region.find(wanted).flatMap(chosen -> tables.getItems().stream()
                .filter(listed -> listed.name().equals(chosen.name())).findFirst()).ifPresent(tables::setValue);
        ChoiceBox<DisplayUnit> unit = choice("exportUnit", messages.get("menu.view.unit"),
                List.of(DisplayUnit.values()), messages::of);
        unit.setValue(defaults.unit() != null ? defaults.unit() : tables.getValue().unit());
        tables.valueProperty().addListener((observable, before, chosen) -> unit.setValue(chosen.unit()));
        formats.stream().filter(value -> value.id().equals(defaults.format())).findFirst().ifPresent(format::setValue);
        CheckBox charts = new CheckBox(messages.get("export.charts"));
        charts.setId("exportCharts");
        charts.setAccessibleText(messages.get("export.charts"));
        charts.setSelected(defaults.charts());
        charts.disableProperty().bind(format.valueProperty().map(value -> !value.id().equals("docx")));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("export.format")), format);
        grid.addRow(1, new Label(messages.get("export.tables")), tables);
        grid.addRow(2, new Label(messages.get("menu.view.unit")), unit);
        grid.add(charts, 1, 3);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("export.title"));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().setId("exportDialog");
        dialog.initOwner(owner);
        if (dialog.showAndWait().filter(ok::equals).isEmpty()) {
            return Optional.empty();
        }
        ExportFormat chosen = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(baseName + messages.get("export.suffix." + chosen.id()) + chosen.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("export.format." + chosen.id()), "*" + chosen.extension()));
        if (defaults.folder() != null && defaults.folder().toFile().isDirectory()) {
            chooser.setInitialDirectory(defaults.folder().toFile());
        }
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(chosenFile -> new Dialogs.ExportChoice(chosen,
                new ExportOptions(tables.getValue().name(), unit.getValue(), List.of()), chosenFile.toPath(),
                chosen.id().equals("docx") && charts.isSelected()));
    }

    private static <T> ChoiceBox<T> choice(String id, String label, List<T> values,
                                           java.util.function.Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.setAccessibleText(label);
        box.getItems().setAll(values);
        box.setValue(values.get(0));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return box;
    }
}
