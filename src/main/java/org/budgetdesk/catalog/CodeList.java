package org.budgetdesk.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The entries of one kind, sorted by code, with the look-ups {@link Catalog} offers.
 */
final class CodeList {

    private final CodeKind kind;
    private final SortedMap<String, CatalogEntry> byCode;

    CodeList(CodeKind kind, Collection<CatalogEntry> entries) {
        this.kind = kind;
        TreeMap<String, CatalogEntry> map = new TreeMap<>();
        for (CatalogEntry entry : entries) {
            map.putIfAbsent(entry.code(), entry);
        }
        this.byCode = map;
    }

    Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    List<CatalogEntry> entries() {
        return List.copyOf(byCode.values());
    }

    List<CatalogEntry> children(String parentCode) {
        CodeLevel level = CodeLevel.of(kind, parentCode);
        List<CatalogEntry> children = new ArrayList<>();
        if (level == CodeLevel.ITEM) {
            return children;
        }
        for (CatalogEntry entry : byCode.tailMap(parentCode).values()) {
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
                .filter(e -> Names.normalize(e.name()).equals(wanted))
                .toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return byCode.values().stream()
                .filter(e -> e.aliases().stream().anyMatch(alias -> Names.normalize(alias).equals(wanted)))
                .toList();
    }

    /** Code-prefix matches first, then name or older-name matches, each group by code. */
    List<CatalogEntry> search(String query, int limit) {
        String wanted = Names.normalize(query);
        List<CatalogEntry> byPrefix = new ArrayList<>();
        List<CatalogEntry> byText = new ArrayList<>();
        for (CatalogEntry entry : byCode.values()) {
            if (entry.code().startsWith(wanted)) {
                byPrefix.add(entry);
            } else if (nameContains(entry, wanted)) {
                byText.add(entry);
            }
        }
        byPrefix.addAll(byText);
        return List.copyOf(byPrefix.subList(0, Math.min(limit, byPrefix.size())));
    }

    private static boolean nameContains(CatalogEntry entry, String wanted) {
        if (Names.normalize(entry.name()).contains(wanted)) {
            return true;
        }
        return entry.aliases().stream().anyMatch(alias -> Names.normalize(alias).contains(wanted));
    }
}
