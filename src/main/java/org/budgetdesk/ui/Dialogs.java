package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.common.ExportOptions;

/**
 * The questions the workbench asks the user. Native file choosers do not exist under the headless test toolkit,
 * so tests replace this with answers of their own.
 */
public interface Dialogs {

    /** The answer to “save the changes?”. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /** Asks for a workbook (.xlsx, .xls) to import; empty when cancelled. */
    Optional<Path> chooseWorkbookToImport(Path folder);

    /** Asks whether to save the changes to a project before it is closed or replaced. */
    SaveChoice askSaveChanges(String projectName);

    /** The answer when the file is held by another BudgetDesk. */
    enum LockChoice { READ_ONLY, TAKE_OVER, CANCEL }

    /** Asks what to do with a file another user or window has open. */
    LockChoice askLockedFile(String fileName, String holder);

    /** Asks whether to restore unsaved work found after a crash; true restores it. */
    boolean askRestore(String description);

    /** What to export, how, and where; {@code withCharts} adds the charts to a .docx as an appendix. */
    record ExportChoice(ExportFormat format, ExportOptions options, Path file, boolean withCharts) {
    }

    /** Asks which format to export, with which options, to which file; empty when cancelled. */
    Optional<ExportChoice> askExport(List<ExportFormat> formats, Path folder, String baseName);

    /** The same question with the project's region chosen first (its name, {@code ""} for the default). */
    default Optional<ExportChoice> askExport(List<ExportFormat> formats, Path folder, String baseName, String region) {
        return askExport(formats, folder, baseName);
    }

    /** Asks whether to go on with something despite a problem, e.g. exporting with check errors. */
    boolean confirm(String header, String question);

    /** Asks for a classification list to import (.xlsx, .xls, .csv, .txt); empty when cancelled. */
    Optional<Path> chooseCodeListFile(Path folder);

    /** Shows what an imported list holds and asks whether to store it; true stores it. */
    boolean confirmCodeListImport(org.budgetdesk.ui.catalog.CatalogImportViewModel preview);

    /** Shows a failure with its message. */
    void showError(String title, String message);

    /** Tells the user something worth reading that needs no answer. */
    void showInformation(String title, String message);
}
