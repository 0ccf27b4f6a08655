package org.budgetdesk.catalog.importing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.ImportedList;
import org.budgetdesk.catalog.ImportedLists;

/**
 * What an imported file holds, shown to the user before it is stored: the list's kind and edition year, where
 * the codes were found, how many 类, 款 and 项, every row not taken and why, the codes the shipped list names
 * differently, and codes whose parent is in neither list.
 *
 * @param fileName     the file's name, as recorded with the stored list
 * @param kind         the classification
 * @param kindGuessed  true when the kind was read from the codes rather than given
 * @param year         the edition year the list is stored for
 * @param sheet        the sheet the codes were taken from
 * @param layout       where the codes and names are in that sheet
 * @param entries      the codes taken, in file order
 * @param skipped      the rows not taken, in file order (headers and notes included)
 * @param conflicts    codes the shipped list of the year names differently
 * @param orphans      codes whose parent is neither in the file nor in the shipped list
 */
public record ImportPreview(String fileName, CodeKind kind, boolean kindGuessed, int year, String sheet,
                            ImportLayout layout, List<CatalogEntry> entries, List<SkippedRow> skipped,
                            List<NameConflict> conflicts, List<String> orphans) {

    public ImportPreview {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
        conflicts = List.copyOf(conflicts);
        orphans = List.copyOf(orphans);
    }

    /** How many codes of a level were taken. */
    public int count(CodeLevel level) {
        return counts().getOrDefault(level, 0);
    }

    /** The codes taken per level. */
    public Map<CodeLevel, Integer> counts() {
        Map<CodeLevel, Integer> counts = new EnumMap<>(CodeLevel.class);
        entries.forEach(entry -> counts.merge(entry.level(), 1, Integer::sum));
        return counts;
    }

    /** The skipped rows other than headers and notes above the table and 目: the ones worth a look. */
    public List<SkippedRow> problems() {
        return skipped.stream()
                .filter(row -> row.reason() != SkipReason.HEADER && row.reason() != SkipReason.SUB_ITEM)
                .toList();
    }

    /** How many rows were skipped for a reason. */
    public long skippedFor(SkipReason reason) {
        return skipped.stream().filter(row -> row.reason() == reason).count();
    }

    /** Stores the list in the user's folder of imported lists, replacing one stored for the same kind and year. */
    public ImportedList store(ImportedLists lists, Instant when) {
        return lists.store(kind, year, entries, fileName + (sheet.isEmpty() ? "" : " (" + sheet + ")"), when);
    }
}
