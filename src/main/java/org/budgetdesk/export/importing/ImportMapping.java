package org.budgetdesk.export.importing;

import java.util.List;

/**
 * Which sheets of a workbook are read as which tables, and which figure each column holds: recognised for a known
 * layout ({@link #layout()}, e.g. {@code yitihua}), corrected by the user, remembered per {@link #fingerprint()}.
 *
 * @param layout      the layout it was recognised as, or {@code user} when a person wrote or changed it
 * @param fingerprint the workbook's layout fingerprint ({@link LayoutFingerprint}), "" when unknown
 * @param sheets      the sheets read, in order; sheets not listed are not read
 */
public record ImportMapping(String layout, String fingerprint, List<SheetMapping> sheets) {
    public ImportMapping {
        layout = layout == null ? "user" : layout;
        fingerprint = fingerprint == null ? "" : fingerprint;
        sheets = List.copyOf(sheets);
    }

    /** The same mapping with other sheets (a user's correction). */
    public ImportMapping withSheets(List<SheetMapping> corrected) {
        return new ImportMapping("user", fingerprint, corrected);
    }
}
