package org.budgetdesk.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entries of one kind, sorted by code, with the look-ups {@link Catalog} offers. Names are normalized once,
 * when the list is built, so a search over thousands of codes compares prepared strings only.
 */
final class CodeList {

    /** An entry with its normalized name and older names. */
    private record Item(CatalogEntry entry, String name, List<String> aliases) {
        static Item of(CatalogEntry entry) {
            return new Item(entry, Names.normalize(entry.name()),
                    entry.aliases().stream().map(Names::normalize).toList());
        }
    }

    private final CodeKind kind;
    private final TreeMap<String, Item> byCode;
    private List<CatalogEntry> entries;

    CodeList(CodeKind kind, Collection<CatalogEntry> entries) {
        this.kind = kind;
        this.byCode = new TreeMap<>();
        for (CatalogEntry entry : entries) {
            byCode.putIfAbsent(entry.code(), Item.of(entry));
        }
    }

    private CodeList(CodeKind kind, TreeMap<String, Item> byCode) {
        this.kind = kind;
        this.byCode = byCode;
    }

    /** This list and the extra entries whose codes it lacks (an entry of this list stays). */
    CodeList plus(Collection<CatalogEntry> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        TreeMap<String, Item> map = new TreeMap<>(byCode);
        for (CatalogEntry entry : extra) {
            map.putIfAbsent(entry.code(), Item.of(entry));
        }
        return new CodeList(kind, map);
    }

    int size() {
        return byCode.size();
    }

    Optional<CatalogEntry> find(String code) {
        Item item = byCode.get(code);
        return item == null ? Optional.empty() : Optional.of(item.entry());
    }

    synchronized List<CatalogEntry> entries() {
        if (entries == null) {
            entries = byCode.values().stream().map(Item::entry).toList();
        }
        return entries;
    }

    List<CatalogEntry> children(String parentCode) {
        CodeLevel level = CodeLevel.of(kind, parentCode);
        List<CatalogEntry> children = new ArrayList<>();
        if (level == CodeLevel.ITEM) {
            return children;
        }
        for (Item item : byCode.tailMap(parentCode).values()) {
            CatalogEntry entry = item.entry();
            if (!entry.code().startsWith(parentCode)) {
                break;
            }
            if (entry.parentCode().filter(parentCode::equals).isPresent()) {
                children.add(entry);
            }
        }
        return List.copyOf(children);
    }

    /** Entries whose current name matches; when none does, entries with a matching older name. */
    List<CatalogEntry> findAllByName(String name) {
        String wanted = Names.normalize(name);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<CatalogEntry> byName = byCode.values().stream()
                .filter(item -> item.name().equals(wanted))
                .map(Item::entry)
                .toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return byCode.values().stream()
                .filter(item -> item.aliases().contains(wanted))
                .map(Item::entry)
                .toList();
    }

    /** Code-prefix matches first, then name or older-name matches, each group by code. */
    List<CatalogEntry> search(String query, int limit) {
        String wanted = Names.normalize(Names.halfWidthDigits(query));
        List<CatalogEntry> byPrefix = new ArrayList<>();
        List<CatalogEntry> byText = new ArrayList<>();
        Collection<Item> candidates = isDigits(wanted) && !wanted.isEmpty()
                ? byCode.subMap(wanted, wanted + Character.MAX_VALUE).values() : List.of();
        for (Item item : candidates) {
            if (byPrefix.size() >= limit) {
                return List.copyOf(byPrefix);
            }
            byPrefix.add(item.entry());
        }
        for (Item item : byCode.values()) {
            if (byPrefix.size() + byText.size() >= limit) {
                break;
            }
            if (wanted.isEmpty() ? !byPrefix.contains(item.entry())
                    : !item.entry().code().startsWith(wanted) && nameContains(item, wanted)) {
                byText.add(item.entry());
            }
        }
        byPrefix.addAll(byText);
        return List.copyOf(byPrefix.subList(0, Math.min(limit, byPrefix.size())));
    }

    private static boolean nameContains(Item item, String wanted) {
        if (item.name().contains(wanted)) {
            return true;
        }
        for (String alias : item.aliases()) {
            if (alias.contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
