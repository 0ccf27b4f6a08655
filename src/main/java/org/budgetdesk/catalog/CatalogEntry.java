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
 * @param custom  true for a code the user added because the official list lacks it
 */
public record CatalogEntry(String code, String name, List<String> aliases, CodeKind kind, boolean custom) {

    /**
     * Checks the entry.
     *
     * @throws IllegalArgumentException when the code has no valid shape or the name is blank
     */
    public CatalogEntry {
        Objects.requireNonNull(kind, "kind");
        CodeLevel.of(kind, code);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name of code " + code + " must not be blank");
        }
        aliases = List.copyOf(aliases);
    }

    /** The level of this code (类, 款 or 项). */
    public CodeLevel level() {
        return CodeLevel.of(kind, code);
    }

    /** The code one level up, empty for a 类. */
    public Optional<String> parentCode() {
        return CodeLevel.parentCode(kind, code);
    }
}
