package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialog answers set by a test, with a record of what was asked. */
public final class ScriptedDialogs implements Dialogs {
    public Path fileToOpen;
    public Path fileToSave;
    public Path workbookToImport;
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public LockChoice lockChoice = LockChoice.CANCEL;
    public boolean restore;
    public ExportChoice exportChoice;
    public boolean confirmAnswer = true;
    public Path codeListFile;
    public boolean storeCodeList = true;
    public org.budgetdesk.ui.catalog.CatalogImportViewModel codeListPreview;
    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** The information messages shown, title and text. */
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        questions.add("open");
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseWorkbookToImport(Path folder) {
        questions.add("import");
        return Optional.ofNullable(workbookToImport);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        questions.add("save as " + suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        questions.add("save changes to " + projectName);
        return saveChoice;
    }

    @Override
    public LockChoice askLockedFile(String fileName, String holder) {
        questions.add("locked " + fileName + " by " + holder);
        return lockChoice;
    }

    @Override
    public boolean askRestore(String description) {
        questions.add("restore " + description);
        return restore;
    }

    /** What the last export question started with. */
    public ExportDefaults exportDefaults;

    @Override
    public Optional<ExportChoice> askExport(List<org.budgetdesk.export.ExportFormat> formats,
                                            ExportDefaults defaults, String baseName) {
        questions.add("export " + baseName);
        exportDefaults = defaults;
        return Optional.ofNullable(exportChoice);
    }

    @Override
    public boolean confirm(String header, String question) {
        questions.add("confirm " + question);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseCodeListFile(Path folder) {
        questions.add("code list");
        return Optional.ofNullable(codeListFile);
    }

    @Override
    public boolean confirmCodeListImport(org.budgetdesk.ui.catalog.CatalogImportViewModel preview) {
        questions.add("import " + preview.fileName());
        codeListPreview = preview;
        return storeCodeList;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }
}
