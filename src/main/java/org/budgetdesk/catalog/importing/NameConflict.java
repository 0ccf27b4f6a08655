package org.budgetdesk.catalog.importing;

/** A code the shipped list names differently from the imported one; the imported name will be used. */
public record NameConflict(String code, String shippedName, String importedName) {
}
