package org.budgetdesk.ui.importing;

import java.util.Optional;
import org.budgetdesk.export.importing.ImportMapping;
import org.budgetdesk.export.importing.WorkbookLayout;

/** Shows the mapping of sheets and columns and lets the person correct it; empty when they cancel. */
@FunctionalInterface
public interface MappingEditor {
    Optional<ImportMapping> edit(WorkbookLayout layout, ImportMapping proposed);
}
