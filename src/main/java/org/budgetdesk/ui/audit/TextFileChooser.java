package org.budgetdesk.ui.audit;

import java.nio.file.Path;
import java.util.Optional;

/** Asks which explanation file to audit. The native chooser does not exist under the headless test toolkit. */
@FunctionalInterface
public interface TextFileChooser {
    /** The file to read, or empty when the user cancelled. */
    Optional<Path> choose();
}
