package org.budgetdesk.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A code list the user imported, stored as {@code KIND-YEAR.tsv} in the imported-lists folder.
 *
 * @param kind the classification
 * @param year the edition year it was imported for; it serves that budget year and later ones until a later
 *             list is imported
 * @param file where it is stored
 * @param from the file it was read from, as recorded when it was stored (empty when unknown)
 */
public record ImportedList(CodeKind kind, int year, Path file, String from) {
    public ImportedList {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        from = from == null ? "" : from;
    }
}
