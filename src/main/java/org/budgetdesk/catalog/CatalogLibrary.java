package org.budgetdesk.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every code list BudgetDesk can use: the shipped editions, and the lists the user imported (when a folder for
 * them is given). {@link Catalog#forYear} uses the {@linkplain #standard() standard library}, which the launcher
 * points at the user's folder of imported lists at start-up; until then it holds the shipped lists only.
 *
 * <p>A budget year's catalog holds, for each kind, the shipped list that applies to the year and the imported list
 * that applies (the latest imported for that year or before). Where both have a code, the imported entry wins (it
 * is the user's official list), keeping the shipped name as an older name when it differs; codes only the shipped
 * list has stay, marked {@link CodeSource#SHIPPED}.
 */
public final class CatalogLibrary {
    private static final CatalogLibrary SHIPPED = new CatalogLibrary(null);
    private static volatile CatalogLibrary standard = SHIPPED;

    /** The last merge of an imported list over a shipped one, per kind: reused while neither changed. */
    private record Merged(CodeList imported, CodeList shipped, CodeList merged) {
    }

    private final ImportedLists imported;
    private final Map<CodeKind, Merged> merged = new EnumMap<>(CodeKind.class);

    private CatalogLibrary(ImportedLists imported) {
        this.imported = imported;
    }

    /** The shipped lists only. */
    public static CatalogLibrary shipped() {
        return SHIPPED;
    }

    /** The shipped lists and the lists imported into a folder. */
    public static CatalogLibrary withImportedLists(Path folder) {
        return new CatalogLibrary(new ImportedLists(Objects.requireNonNull(folder, "folder")));
    }

    /** The library {@link Catalog#forYear} uses. */
    public static CatalogLibrary standard() {
        return standard;
    }

    /** Makes a library the standard one (the launcher does this once; tests may swap and restore it). */
    public static void setStandard(CatalogLibrary library) {
        standard = Objects.requireNonNull(library, "library");
    }

    /** The imported lists, when this library has a folder for them. */
    public Optional<ImportedLists> importedLists() {
        return Optional.ofNullable(imported);
    }

    /** The renames and moves between editions. */
    public CodeChanges changes() {
        return CatalogResources.changes();
    }

    /**
     * The catalog of a budget year: shipped and imported lists, no project codes yet.
     *
     * @throws CatalogException when a shipped resource file is missing or malformed
     */
    public Catalog forYear(int year) {
        CatalogIndex index = CatalogResources.index();
        Map<CodeKind, CatalogOrigin> origins = new EnumMap<>(CodeKind.class);
        Map<CodeKind, CodeList> lists = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            CatalogIndex.Edition edition = index.select(kind, year);
            CodeList shipped = CatalogResources.list(edition);
            Optional<ImportedList> own = imported == null ? Optional.empty() : imported.select(kind, year);
            CodeList list = shipped;
            if (own.isPresent()) {
                try {
                    list = merged(kind, imported.codeList(own.get()), shipped);
                } catch (CatalogException e) {
                    own = Optional.empty();
                }
            }
            origins.put(kind, new CatalogOrigin(edition.fromYear(), edition.partial(),
                    own.map(ImportedList::year).orElse(0), own.map(ImportedList::from).orElse("")));
            lists.put(kind, list);
        }
        return new Catalog(year, origins, lists);
    }

    private synchronized CodeList merged(CodeKind kind, CodeList importedList, CodeList shipped) {
        Merged last = merged.get(kind);
        if (last == null || last.imported() != importedList || last.shipped() != shipped) {
            last = new Merged(importedList, shipped, merge(kind, importedList, shipped));
            merged.put(kind, last);
        }
        return last.merged();
    }

    /** The imported list over the shipped one (see the class comment). */
    private static CodeList merge(CodeKind kind, CodeList importedList, CodeList shipped) {
        List<CatalogEntry> entries = new ArrayList<>(importedList.size() + shipped.size());
        for (CatalogEntry entry : importedList.entries()) {
            Optional<CatalogEntry> old = shipped.find(entry.code());
            if (old.isEmpty()) {
                entries.add(entry);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(entry.aliases());
            if (!Names.normalize(old.get().name()).equals(Names.normalize(entry.name()))) {
                aliases.add(old.get().name());
            }
            aliases.addAll(old.get().aliases());
            aliases.remove(entry.name());
            entries.add(new CatalogEntry(entry.code(), entry.name(), List.copyOf(aliases), kind, CodeSource.IMPORTED,
                    entry.note().isEmpty() ? old.get().note() : entry.note()));
        }
        return new CodeList(kind, entries).plus(shipped.entries());
    }
}
