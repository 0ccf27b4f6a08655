package org.budgetdesk.ui.compare;

import java.nio.file.Path;
import java.util.Optional;

/** Asks which earlier draft to compare with. The native chooser does not exist under the headless test toolkit. */
@FunctionalInterface
public interface DraftChooser {
    /** The file to open, or empty when the user cancelled. */
    Optional<Path> choose();
}
