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

    /** Shows a failure with its message. */
    void showError(String title, String message);
}
