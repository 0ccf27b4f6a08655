package org.budgetdesk.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which code list file applies from which budget year: columns {@code kind}, {@code fromYear}, {@code file} and
 * {@code partial} ({@code yes} when the file is known to lack codes of its edition; may be left out, meaning
 * {@code no}). A later edition is added as one more line and one more file.
 */
final class CatalogIndex {

    /** One code list file and the first budget year it applies to. */
    record Edition(CodeKind kind, int fromYear, String file, boolean partial) {
    }

    private static final List<String> HEADER = List.of("kind", "fromyear", "file", "partial");

    private final List<Edition> editions;

    private CatalogIndex(List<Edition> editions) {
        this.editions = editions;
    }

    /**
     * Parses an index. Every kind must have at least one file, and no kind two files for the same year.
     *
     * @throws CatalogException naming the file and line of the first problem
     */
    static CatalogIndex parse(Reader source, String fileName) {
        List<Edition> editions = new ArrayList<>();
        for (TsvReader.Row row : TsvReader.read(source, fileName, HEADER, 3)) {
            Edition edition = toEdition(row, fileName);
            for (Edition other : editions) {
                if (other.kind() == edition.kind() && other.fromYear() == edition.fromYear()) {
                    throw new CatalogException(fileName, row.line(), "a second " + row.fields().get(0)
                            + " list from " + edition.fromYear());
                }
            }
            editions.add(edition);
        }
        for (CodeKind kind : CodeKind.values()) {
            if (editions.stream().noneMatch(e -> e.kind() == kind)) {
                throw new CatalogException(fileName, "lists no " + kind.name().toLowerCase(Locale.ROOT)
                        + " code list");
            }
        }
        editions.sort(Comparator.comparingInt(Edition::fromYear));
        return new CatalogIndex(List.copyOf(editions));
    }

    /**
     * The edition for a budget year: the latest one whose first year is not after the budget year, or
     * the earliest one when the year comes before all of them.
     */
    Edition select(CodeKind kind, int year) {
        List<Edition> ofKind = editions.stream().filter(e -> e.kind() == kind).toList();
        Edition chosen = ofKind.get(0);
        for (Edition edition : ofKind) {
            if (edition.fromYear() <= year) {
                chosen = edition;
            }
        }
        return chosen;
    }

    private static Edition toEdition(TsvReader.Row row, String fileName) {
        List<String> fields = row.fields();
        CodeKind kind;
        try {
            kind = CodeKind.valueOf(fields.get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(fileName, row.line(), "unknown kind '" + fields.get(0)
                    + "', expected functional or economic");
        }
        int fromYear;
        try {
            fromYear = Integer.parseInt(fields.get(1));
        } catch (NumberFormatException e) {
            throw new CatalogException(fileName, row.line(), "the year '" + fields.get(1) + "' is not a number");
        }
        String file = fields.get(2);
        if (!file.matches("[A-Za-z0-9._-]+\\.tsv")) {
            throw new CatalogException(fileName, row.line(), "the file '" + file
                    + "' must be a plain .tsv name beside the index");
        }
        String partial = fields.size() > 3 ? fields.get(3).toLowerCase(Locale.ROOT) : "no";
        if (!partial.equals("yes") && !partial.equals("no") && !partial.isEmpty()) {
            throw new CatalogException(fileName, row.line(), "partial must be yes or no, found '" + partial + "'");
        }
        return new Edition(kind, fromYear, file, partial.equals("yes"));
    }
}
