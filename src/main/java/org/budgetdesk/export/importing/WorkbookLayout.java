package org.budgetdesk.export.importing;

import java.util.List;
import java.util.Map;

/**
 * What a workbook looks like to the import before any figure is read: every sheet with the header path of each of
 * its columns, the layout fingerprint, and either the BudgetDesk table set it is (which needs no mapping) or the
 * mapping BudgetDesk recognises for it (null when none).
 *
 * @param fingerprint see {@link LayoutFingerprint}
 * @param sheets      sheet name → header path of each column, in the workbook's order
 * @param tableSet    the BudgetDesk table set ({@code sichuan}, {@code central}) the workbook is, or null
 * @param recognised  the mapping recognised (the 一体化 layout), or null
 */
public record WorkbookLayout(String fingerprint, Map<String, List<String>> sheets, String tableSet,
                             ImportMapping recognised) {
    public WorkbookLayout {
        sheets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sheets));
    }

    /** Whether reading it needs a mapping of sheets and columns (it is none of BudgetDesk's own table sets). */
    public boolean needsMapping() {
        return tableSet == null;
    }
}
