package org.budgetdesk.ui.charts;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a chart as PNG. The native chooser does not exist under the headless test toolkit. */
@FunctionalInterface
public interface PngChooser {
    /** The file to write, or empty when the user cancelled. */
    Optional<Path> choose(String suggestedName);
}
