package org.budgetdesk.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification code lists that apply to one budget year: the functional list (支出功能分类) and the
 * economic list (部门预算支出经济分类), plus any codes the user added.
 *
 * <p>Immutable. The lists come from resource files named in {@code index.tsv}; each file is parsed once
 * and shared. Look-ups are always by code: names repeat (309xx and 310xx share theirs, and many 款 have a
 * 项 called 行政运行).
 */
public final class Catalog {

    private final int year;
    private final Map<CodeKind, Integer> editionYears;
    private final Map<CodeKind, CodeList> lists;

    private Catalog(int year, Map<CodeKind, Integer> editionYears, Map<CodeKind, CodeList> lists) {
        this.year = year;
        this.editionYears = editionYears;
        this.lists = lists;
    }

    /**
     * The official code lists for a budget year: for each kind the latest list that applies from that year
     * or earlier, or the earliest list when the year comes before all of them.
     *
     * @throws CatalogException when a resource file is missing or malformed
     */
    public static Catalog forYear(int year) {
        CatalogIndex index = CatalogResources.index();
        Map<CodeKind, Integer> editionYears = new EnumMap<>(CodeKind.class);
        Map<CodeKind, CodeList> lists = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            CatalogIndex.Edition edition = index.select(kind, year);
            editionYears.put(kind, edition.fromYear());
            lists.put(kind, new CodeList(kind, CatalogResources.entries(edition)));
        }
        return new Catalog(year, editionYears, lists);
    }

    /** The budget year this catalog was made for. */
    public int year() {
        return year;
    }

    /** The first year of the edition in use for a kind, e.g. 2021 for the 2021 functional list. */
    public int editionYear(CodeKind kind) {
        return editionYears.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The entry of a code; empty when the code is unknown or has no valid shape. */
    public Optional<CatalogEntry> find(CodeKind kind, String code) {
        Objects.requireNonNull(code, "code");
        return list(kind).find(code);
    }

    /** The name of a code, or the code itself when it is unknown. */
    public String nameOf(CodeKind kind, String code) {
        return find(kind, code).map(CatalogEntry::name).orElse(code);
    }

    /** All entries of a kind, official and custom, sorted by code. */
    public List<CatalogEntry> entries(CodeKind kind) {
        return list(kind).entries();
    }

    /**
     * The entries one level below a code, sorted by code: the 款 of a 类, the 项 of a 款.
     *
     * @throws IllegalArgumentException when the parent code has no valid shape
     */
    public List<CatalogEntry> children(CodeKind kind, String parentCode) {
        return list(kind).children(parentCode);
    }

    /**
     * The one entry with this name, or else with this older name. Spaces and full-width or half-width
     * parentheses do not matter. Empty when no entry matches or when several do (see {@link #findAllByName}).
     */
    public Optional<CatalogEntry> findByName(CodeKind kind, String name) {
        List<CatalogEntry> matches = findAllByName(kind, name);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** All entries with this name, sorted by code; when none has it, those with it as an older name. */
    public List<CatalogEntry> findAllByName(CodeKind kind, String name) {
        Objects.requireNonNull(name, "name");
        return list(kind).findAllByName(name);
    }

    /**
     * Entries for completion: those whose code starts with the query, then those whose name or an older
     * name contains it, each group sorted by code, at most {@code limit}. A blank query lists entries by code.
     *
     * @throws IllegalArgumentException when the limit is negative
     */
    public List<CatalogEntry> search(CodeKind kind, String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must not be negative: " + limit);
        }
        return list(kind).search(query, limit);
    }

    /**
     * A catalog with the same official lists and these user-added codes (code → name), marked custom. They
     * replace the custom codes of this catalog. A code already in the official list is ignored: the
     * official entry stays. A custom code's parent need not exist.
     *
     * @throws IllegalArgumentException when a custom code has no valid shape or its name is blank
     */
    public Catalog withCustomCodes(Map<String, String> functionalCustom, Map<String, String> economicCustom) {
        Map<CodeKind, Map<String, String>> custom = new EnumMap<>(CodeKind.class);
        custom.put(CodeKind.FUNCTIONAL, Objects.requireNonNull(functionalCustom, "functionalCustom"));
        custom.put(CodeKind.ECONOMIC, Objects.requireNonNull(economicCustom, "economicCustom"));
        Map<CodeKind, CodeList> newLists = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            List<CatalogEntry> entries = new ArrayList<>();
            for (CatalogEntry entry : entries(kind)) {
                if (!entry.custom()) {
                    entries.add(entry);
                }
            }
            custom.get(kind).forEach((code, name) -> entries.add(customEntry(kind, code, name)));
            newLists.put(kind, new CodeList(kind, entries));
        }
        return new Catalog(year, editionYears, newLists);
    }

    private static CatalogEntry customEntry(CodeKind kind, String code, String name) {
        Objects.requireNonNull(code, "custom code");
        CodeLevel.of(kind, code.strip());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The custom code " + code + " needs a name");
        }
        return new CatalogEntry(code.strip(), name.strip(), List.of(), kind, true);
    }

    private CodeList list(CodeKind kind) {
        return lists.get(Objects.requireNonNull(kind, "kind"));
    }
}
