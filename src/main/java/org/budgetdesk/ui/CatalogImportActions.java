package org.budgetdesk.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.ImportedList;
import org.budgetdesk.catalog.ImportedLists;
import org.budgetdesk.export.catalog.CodeListFileException;
import org.budgetdesk.export.catalog.CodeListFiles;
import org.budgetdesk.export.catalog.ImportTexts;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.settings.AppFolders;
import org.budgetdesk.ui.catalog.CatalogImportViewModel;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;

/**
 * 工具 → 导入科目表…: choose a file, read and analyse it off the UI thread, show the preview, and store the list in
 * the user's folder when the user says so; then every view names codes with it.
 */
public final class CatalogImportActions {
    private final Document document;
    private final BackgroundWork work;
    private Dialogs dialogs;
    private Messages messages;
    private Path lastFolder;

    public CatalogImportActions(Document document, Dialogs dialogs, Messages messages, BackgroundWork work) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.work = work;
    }

    /** Switches language and dialogs after a language change. */
    public void use(Messages newMessages, Dialogs newDialogs) {
        messages = newMessages;
        dialogs = newDialogs;
    }

    /** Asks for a file and imports it for the open project's budget year (the preview lets the user change it). */
    public void importList() {
        Optional<Path> chosen = dialogs.chooseCodeListFile(lastFolder);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        lastFolder = file.toAbsolutePath().getParent();
        int year = document.department().budgetYear().get();
        Messages current = messages;
        work.run("read-code-list", () -> new CatalogImportViewModel(String.valueOf(file.getFileName()),
                        CodeListFiles.read(file), year, current),
                this::preview,
                error -> dialogs.showError(messages.get("catalog.dialog.failed"),
                        error instanceof CodeListFileException e ? new ImportTexts(messages).unreadable(e)
                                : String.valueOf(error.getMessage())));
    }

    private void preview(CatalogImportViewModel model) {
        if (model.preview() == null && model.kind() == null) {
            dialogs.showError(messages.get("catalog.dialog.failed"), model.error());
            return;
        }
        if (!dialogs.confirmCodeListImport(model)) {
            return;
        }
        try {
            ImportedList stored = model.store(lists(), Instant.now());
            document.catalogChanged();
            work.noticeProperty().set(messages.format("catalog.dialog.stored", String.valueOf(stored.year()),
                    messages.get("catalog.kind." + stored.kind().name()), stored.file()));
        } catch (java.io.UncheckedIOException e) {
            dialogs.showError(messages.get("catalog.dialog.failed"), String.valueOf(e.getCause().getMessage()));
        }
    }

    /** The user's imported lists; the standard library points at them from now on. */
    static ImportedLists lists() {
        CatalogLibrary library = CatalogLibrary.standard();
        if (library.importedLists().isEmpty()) {
            library = CatalogLibrary.withImportedLists(AppFolders.forCurrentUser().catalogFolder());
            CatalogLibrary.setStandard(library);
        }
        return library.importedLists().orElseThrow();
    }
}
