package org.budgetdesk.ui;

import org.budgetdesk.ui.common.DialogButtons;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.budgetdesk.i18n.Messages;

/** The real dialogs: native file choosers and alerts, owned by the main window. */
final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Messages messages;

    FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    private FileChooser chooser(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("file.filter"), "*.budget"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get("file.open.title"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToImport(Path folder) {
        FileChooser chooser = new FileChooser();
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("import.choose.filter"),
                "*.xlsx", "*.xls"), new FileChooser.ExtensionFilter(messages.get("import.choose.unitProject"),
                "*.budget"));
        chooser.setTitle(messages.get("import.choose.title"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get("file.saveAs.title"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        ButtonType save = new ButtonType(messages.get("file.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("file.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel(messages);
        Alert alert = DialogButtons.alert(Alert.AlertType.CONFIRMATION,
                messages.format("file.unsaved.question", projectName), messages, save, discard, cancel);
        alert.setHeaderText(messages.get("file.unsaved.header"));
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public LockChoice askLockedFile(String fileName, String holder) {
        ButtonType readOnly = new ButtonType(messages.get("file.locked.readOnly"), ButtonBar.ButtonData.YES);
        ButtonType takeOver = new ButtonType(messages.get("file.locked.takeOver"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = DialogButtons.cancel(messages);
        Alert alert = DialogButtons.alert(Alert.AlertType.WARNING,
                messages.format("file.locked.question", fileName, holder), messages, readOnly, takeOver, cancel);
        alert.setHeaderText(messages.get("file.locked.header"));
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == readOnly ? LockChoice.READ_ONLY
                : answer == takeOver ? LockChoice.TAKE_OVER : LockChoice.CANCEL;
    }

    @Override
    public boolean askRestore(String description) {
        ButtonType restore = new ButtonType(messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = DialogButtons.alert(Alert.AlertType.CONFIRMATION, description, messages, restore, discard);
        alert.setHeaderText(messages.get("recovery.header"));
        alert.initOwner(owner);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<ExportChoice> askExport(java.util.List<org.budgetdesk.export.ExportFormat> formats,
                                            ExportDefaults defaults, String baseName) {
        return ExportDialog.ask(owner, messages, formats, defaults, baseName);
    }

    @Override
    public boolean confirm(String header, String question) {
        ButtonType ok = DialogButtons.ok(messages);
        Alert alert = DialogButtons.alert(Alert.AlertType.CONFIRMATION, question, messages, ok,
                DialogButtons.cancel(messages));
        alert.setHeaderText(header);
        alert.initOwner(owner);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseCodeListFile(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("catalog.dialog.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("catalog.dialog.filter"),
                org.budgetdesk.export.catalog.CodeListFiles.extensions().stream().map(ext -> "*." + ext).toList()));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmCodeListImport(org.budgetdesk.ui.catalog.CatalogImportViewModel preview) {
        return org.budgetdesk.ui.catalog.CatalogImportDialog.confirm(owner, preview, messages);
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = DialogButtons.alert(Alert.AlertType.INFORMATION, message, messages);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = DialogButtons.alert(Alert.AlertType.ERROR, message, messages);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
