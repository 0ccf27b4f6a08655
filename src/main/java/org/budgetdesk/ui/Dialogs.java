package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the workbench asks the user. Native file choosers do not exist under the headless test toolkit,
 * so tests replace this with answers of their own.
 */
public interface Dialogs {

    /** The answer to “save the changes?”. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /** Asks whether to save the changes to a project before it is closed or replaced. */
    SaveChoice askSaveChanges(String projectName);

    /** The answer when the file is held by another BudgetDesk. */
    enum LockChoice { READ_ONLY, TAKE_OVER, CANCEL }

    /** Asks what to do with a file another user or window has open. */
    LockChoice askLockedFile(String fileName, String holder);

    /** Asks whether to restore unsaved work found after a crash; true restores it. */
    boolean askRestore(String description);

    /** Shows a failure with its message. */
    void showError(String title, String message);
}
