package org.budgetdesk.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification code lists that apply to one budget year: the functional list (支出功能分类) and the
 * economic list (部门预算支出经济分类), from the shipped and imported lists of a {@link CatalogLibrary}, plus the
 * codes a project carries: names of official codes recorded where it was saved, and codes the user added.
 *
 * <p>Immutable. Look-ups are always by code: names repeat (309xx and 310xx share theirs, and many 款 have a
 * 项 called 行政运行). Each entry says where its name comes from ({@link CatalogEntry#source()}).
 */
public final class Catalog {

    private final int year;
    private final Map<CodeKind, CatalogOrigin> origins;
    private final Map<CodeKind, CodeList> official;
    private final Map<CodeKind, List<CatalogEntry>> carried;
    private final Map<CodeKind, List<CatalogEntry>> custom;
    private final Map<CodeKind, CodeList> lists;

    Catalog(int year, Map<CodeKind, CatalogOrigin> origins, Map<CodeKind, CodeList> official) {
        this(year, origins, official, empty(), empty());
    }

    private Catalog(int year, Map<CodeKind, CatalogOrigin> origins, Map<CodeKind, CodeList> official,
                    Map<CodeKind, List<CatalogEntry>> carried, Map<CodeKind, List<CatalogEntry>> custom) {
        this.year = year;
        this.origins = origins;
        this.official = official;
        this.carried = carried;
        this.custom = custom;
        this.lists = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            lists.put(kind, official.get(kind).plus(carried.get(kind)).plus(custom.get(kind)));
        }
    }

    /**
     * The code lists for a budget year from the {@linkplain CatalogLibrary#standard() standard library}: for each
     * kind the latest shipped list that applies from that year or earlier (or the earliest list when the year comes
     * before all of them), with the user's imported list for the year over it.
     *
     * @throws CatalogException when a resource file is missing or malformed
     */
    public static Catalog forYear(int year) {
        return CatalogLibrary.standard().forYear(year);
    }

    /**
     * Whether two names are the same the way people type them: spaces and full-width or half-width parentheses do
     * not matter.
     */
    public static boolean sameName(String a, String b) {
        return Names.normalize(a).equals(Names.normalize(b));
    }

    /** The budget year this catalog was made for. */
    public int year() {
        return year;
    }

    /** The first year of the shipped edition in use for a kind, e.g. 2025 for the 2025 functional list. */
    public int editionYear(CodeKind kind) {
        return origin(kind).shippedEdition();
    }

    /** Which shipped and imported lists of a kind this catalog holds. */
    public CatalogOrigin origin(CodeKind kind) {
        return origins.get(Objects.requireNonNull(kind, "kind"));
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

    /** All entries of a kind, official and the project's, sorted by code. */
    public List<CatalogEntry> entries(CodeKind kind) {
        return list(kind).entries();
    }

    /** How many codes of a kind this catalog holds. */
    public int size(CodeKind kind) {
        return list(kind).size();
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
     * The entries above a code, from its 类 down to its parent (empty for a 类); a level the catalog lacks is left
     * out.
     *
     * @throws IllegalArgumentException when the code has no valid shape
     */
    public List<CatalogEntry> path(CodeKind kind, String code) {
        List<CatalogEntry> path = new ArrayList<>();
        Optional<String> parent = CodeLevel.parentCode(kind, code);
        while (parent.isPresent()) {
            find(kind, parent.get()).ifPresent(entry -> path.add(0, entry));
            parent = CodeLevel.parentCode(kind, parent.get());
        }
        return path;
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
     * Entries for completion: those whose code starts with the query (full-width digits count as digits), then
     * those whose name or an older name contains it, each group sorted by code, at most {@code limit}. A blank
     * query lists entries by code.
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
     * A catalog with the same lists and these user-added codes (code → name), marked {@link CodeSource#CUSTOM}.
     * They replace the custom codes of this catalog. A code already in a list, or carried by the project, is
     * ignored: that entry stays. A custom code's parent need not exist.
     *
     * @throws IllegalArgumentException when a custom code has no valid shape or its name is blank
     */
    public Catalog withCustomCodes(Map<String, String> functionalCustom, Map<String, String> economicCustom) {
        return new Catalog(year, origins, official, carried,
                projectCodes(functionalCustom, economicCustom, CodeSource.CUSTOM));
    }

    /**
     * A catalog with the same lists and custom codes, and these names of official codes that the project carries
     * (code → name, as the catalog where it was saved named them), marked {@link CodeSource#PROJECT}. They fill
     * in codes this computer's lists lack; a code the lists have keeps their entry. They replace the carried codes
     * of this catalog.
     *
     * @throws IllegalArgumentException when a code has no valid shape or its name is blank
     */
    public Catalog withCarriedCodes(Map<String, String> functionalCarried, Map<String, String> economicCarried) {
        return new Catalog(year, origins, official,
                projectCodes(functionalCarried, economicCarried, CodeSource.PROJECT), custom);
    }

    private static Map<CodeKind, List<CatalogEntry>> projectCodes(Map<String, String> functional,
                                                                 Map<String, String> economic, CodeSource source) {
        Map<CodeKind, List<CatalogEntry>> codes = new EnumMap<>(CodeKind.class);
        codes.put(CodeKind.FUNCTIONAL, entries(CodeKind.FUNCTIONAL,
                Objects.requireNonNull(functional, "functional codes"), source));
        codes.put(CodeKind.ECONOMIC, entries(CodeKind.ECONOMIC,
                Objects.requireNonNull(economic, "economic codes"), source));
        return codes;
    }

    private static List<CatalogEntry> entries(CodeKind kind, Map<String, String> codes, CodeSource source) {
        List<CatalogEntry> entries = new ArrayList<>(codes.size());
        codes.forEach((code, name) -> entries.add(projectEntry(kind, code, name, source)));
        return entries;
    }

    private static CatalogEntry projectEntry(CodeKind kind, String code, String name, CodeSource source) {
        Objects.requireNonNull(code, "project code");
        CodeLevel.of(kind, code.strip());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The code " + code + " needs a name");
        }
        return new CatalogEntry(code.strip(), name.strip(), List.of(), kind, source);
    }

    private static Map<CodeKind, List<CatalogEntry>> empty() {
        Map<CodeKind, List<CatalogEntry>> none = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            none.put(kind, List.of());
        }
        return none;
    }

    private CodeList list(CodeKind kind) {
        return lists.get(Objects.requireNonNull(kind, "kind"));
    }
}
