package org.budgetdesk.ui.catalog;

import org.budgetdesk.ui.common.DialogButtons;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.i18n.Messages;

/**
 * The preview of an imported list, before it is stored: where the codes were found, how many 类, 款 and 项, every
 * skipped row with its reason, the names the shipped list gives differently; the classification and edition year can
 * be changed. 导入 stores it, 取消 leaves everything as it was.
 */
public final class CatalogImportDialog {
    private final CatalogImportViewModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final Label skippedHeading = new Label();
    private final Label conflictsHeading = new Label();
    private final ListView<String> skipped = new ListView<>();
    private final ListView<String> conflicts = new ListView<>();
    private final ButtonType store;

    private CatalogImportDialog(Window owner, CatalogImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("catalog.dialog.title"));
        dialog.setHeaderText(messages.format("catalog.dialog.header", model.fileName()));
        store = new ButtonType(messages.get("catalog.dialog.store"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(store, DialogButtons.cancel(messages));
        Button storeButton = (Button) dialog.getDialogPane().lookupButton(store);
        storeButton.setId("catalogImportStore");
        storeButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.preview() == null) {
                event.consume();
            }
        });
        summary.setId("catalogImportSummary");
        summary.setWrapText(true);
        problem.setId("catalogImportProblem");
        problem.getStyleClass().add("sheet-message");
        problem.setWrapText(true);
        skipped.setId("catalogImportSkipped");
        skipped.setAccessibleText(messages.get("catalog.dialog.skipped"));
        skipped.setPrefHeight(160);
        conflicts.setId("catalogImportConflicts");
        conflicts.setAccessibleText(messages.get("catalog.dialog.conflicts"));
        conflicts.setPrefHeight(110);
        VBox content = new VBox(8, choices(), summary, problem, skippedHeading, skipped, conflictsHeading, conflicts);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("catalogImportDialog");
        dialog.setResizable(true);
        refresh();
    }

    /** Shows the preview; true when the user chose to store the list (and it has codes). */
    public static boolean confirm(Window owner, CatalogImportViewModel model, Messages messages) {
        CatalogImportDialog shown = new CatalogImportDialog(owner, model, messages);
        return shown.dialog.showAndWait().filter(answer -> answer == shown.store).isPresent()
                && model.preview() != null;
    }

    private HBox choices() {
        ChoiceBox<CodeKind> kind = new ChoiceBox<>();
        kind.setId("catalogImportKind");
        kind.setAccessibleText(messages.get("catalog.dialog.kind"));
        kind.getItems().addAll(null, CodeKind.FUNCTIONAL, CodeKind.ECONOMIC);
        kind.setValue(model.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeKind value) {
                return value == null ? messages.get("catalog.dialog.kindAuto")
                        : messages.get("catalog.kind." + value.name());
            }

            @Override
            public CodeKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().addListener((obs, before, after) -> {
            model.setKind(after);
            refresh();
        });
        TextField year = new TextField(String.valueOf(model.year()));
        year.setId("catalogImportYear");
        year.setPrefColumnCount(5);
        year.setAccessibleText(messages.get("catalog.dialog.year"));
        year.textProperty().addListener((obs, before, after) -> {
            if (model.setYear(after)) {
                refresh();
            } else {
                problem.setText(messages.get("catalog.cli.needYear"));
            }
        });
        return new HBox(8, new Label(messages.get("catalog.dialog.kind")), kind,
                new Label(messages.get("catalog.dialog.year")), year);
    }

    private void refresh() {
        summary.setText(String.join("\n", model.summary()));
        problem.setText(model.error() == null ? "" : model.error());
        skippedHeading.setText(model.skippedHeading());
        skipped.getItems().setAll(model.skipped());
        conflictsHeading.setText(model.conflictsHeading());
        conflicts.getItems().setAll(model.conflicts());
    }
}
