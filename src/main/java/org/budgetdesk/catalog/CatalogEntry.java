package org.budgetdesk.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a classification list.
 *
 * @param code    the code, digits only, e.g. {@code 2080101}
 * @param name    the name in the list's edition, e.g. 行政运行
 * @param aliases older names of the same code, matched by {@link Catalog#findByName}
 * @param kind    the classification the code belongs to
 * @param source  where the name comes from: a shipped list, an imported one, the project file, or the user
 * @param note    an explanation the edition gives for the code (e.g. what changed), or empty
 */
public record CatalogEntry(String code, String name, List<String> aliases, CodeKind kind, CodeSource source,
                           String note) {

    /**
     * Checks the entry.
     *
     * @throws IllegalArgumentException when the code has no valid shape or the name is blank
     */
    public CatalogEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        CodeLevel.of(kind, code);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name of code " + code + " must not be blank");
        }
        aliases = List.copyOf(aliases);
        note = note == null ? "" : note;
    }

    /** An entry without a note. */
    public CatalogEntry(String code, String name, List<String> aliases, CodeKind kind, CodeSource source) {
        this(code, name, aliases, kind, source, "");
    }

    /** True for a code the user added to the project because the official lists lack it. */
    public boolean custom() {
        return source == CodeSource.CUSTOM;
    }

    /** The level of this code (类, 款 or 项). */
    public CodeLevel level() {
        return CodeLevel.of(kind, code);
    }

    /** The code one level up, empty for a 类. */
    public Optional<String> parentCode() {
        return CodeLevel.parentCode(kind, code);
    }

    /** The same entry with another source (an imported list's entry carried by a project, say). */
    CatalogEntry withSource(CodeSource newSource) {
        return new CatalogEntry(code, name, aliases, kind, newSource, note);
    }
}
