package org.budgetdesk.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The renames, moves and removals between editions ({@code changes.tsv}): columns {@code kind}, {@code edition}
 * (the first edition year with the new state), {@code code}, {@code newCode} (empty when removed),
 * {@code oldName}, {@code newName} and {@code note}.
 */
public final class CodeChanges {
    private static final List<String> HEADER =
            List.of("kind", "edition", "code", "newcode", "oldname", "newname", "note");

    private final List<CodeChange> changes;

    CodeChanges(List<CodeChange> changes) {
        this.changes = changes.stream().sorted(Comparator.comparingInt(CodeChange::edition)).toList();
    }

    /** A table of these changes. */
    public static CodeChanges of(List<CodeChange> changes) {
        return new CodeChanges(changes);
    }

    /** The changes shipped with BudgetDesk. */
    public static CodeChanges shipped() {
        return CatalogResources.changes();
    }

    /**
     * Parses a change table.
     *
     * @throws CatalogException naming the file and line of the first problem
     */
    static CodeChanges parse(Reader source, String fileName) {
        List<CodeChange> changes = new ArrayList<>();
        for (TsvReader.Row row : TsvReader.read(source, fileName, HEADER, 6)) {
            List<String> fields = row.fields();
            try {
                CodeKind kind = CodeKind.valueOf(fields.get(0).toUpperCase(Locale.ROOT));
                int edition = Integer.parseInt(fields.get(1));
                changes.add(new CodeChange(kind, edition, fields.get(2), fields.get(3), fields.get(4),
                        fields.get(5), fields.size() > 6 ? fields.get(6) : ""));
            } catch (IllegalArgumentException e) {
                throw new CatalogException(fileName, row.line(), e.getMessage());
            }
        }
        return new CodeChanges(changes);
    }

    /** Every change, by edition. */
    public List<CodeChange> all() {
        return changes;
    }

    /** The changes of a kind after {@code fromYear} up to and including {@code toYear}, by edition. */
    public List<CodeChange> between(CodeKind kind, int fromYear, int toYear) {
        return changes.stream()
                .filter(change -> change.kind() == kind && change.edition() > fromYear && change.edition() <= toYear)
                .toList();
    }

    /**
     * Where a code of the {@code fromYear} edition went by {@code toYear}: itself when nothing changed, another
     * code when it moved, empty when it was removed.
     */
    public Optional<String> follow(CodeKind kind, String code, int fromYear, int toYear) {
        String current = code;
        for (CodeChange change : between(kind, fromYear, toYear)) {
            if (change.oldCode().equals(current)) {
                if (change.removed()) {
                    return Optional.empty();
                }
                current = change.newCode();
            }
        }
        return Optional.of(current);
    }

    /** The older names a code had up to and including an edition, oldest first. */
    List<String> oldNames(CodeKind kind, String code, int edition) {
        return changes.stream()
                .filter(change -> change.kind() == kind && change.newCode().equals(code)
                        && change.edition() <= edition && !change.oldName().isEmpty())
                .map(CodeChange::oldName)
                .toList();
    }
}
