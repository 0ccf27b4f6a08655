package org.budgetdesk.catalog;

/**
 * Where the codes of one kind in a catalog come from.
 *
 * @param shippedEdition  the first year of the shipped list in use (e.g. 2025 for the 2025 functional list)
 * @param shippedPartial  true when the shipped list is known to lack codes of its edition (its file says so)
 * @param importedEdition the year of the imported list in use, or 0 when none applies
 * @param importedFrom    the file the imported list was read from, or empty
 */
public record CatalogOrigin(int shippedEdition, boolean shippedPartial, int importedEdition, String importedFrom) {

    /** True when an imported list applies. */
    public boolean hasImported() {
        return importedEdition > 0;
    }
}
