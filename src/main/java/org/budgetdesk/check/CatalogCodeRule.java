package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CatalogOrigin;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalCodes;
import org.budgetdesk.model.FunctionalLine;

/**
 * P4: every code a line uses (and the 类 and 款 above it) is valid for the budget year. A code missing from the
 * year's catalog is a warning that says where this computer's names come from (the shipped list, partial or not, and
 * an imported list) and how to fix it: import the year's list, or check the code. A custom code named with an older
 * official name (文化体育与传媒支出 for 207) is a warning naming the year's name; any other custom code is information.
 * A code of a shipped or imported list, or one whose name the project file carries from where it was saved, is fine.
 * Each code is reported once, at the first unit using it.
 */
final class CatalogCodeRule implements Rule {
    private record Use(Scope scope, DisclosureSection section, CodeKind kind, String code) {
    }

    @Override
    public boolean findsErrors() {
        return false;
    }

    @Override
    public String id() {
        return "P4";
    }

    @Override
    public List<Finding> check(Department department, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        Set<String> functional = new HashSet<>();
        Set<String> economic = new HashSet<>();
        List<Use> uses = new ArrayList<>();
        for (Scope scope : Scope.all(department, catalog, id(), findings)) {
            for (FunctionalLine line : scope.unit().functional().lines()) {
                String item = line.itemCode();
                if (functional.add(item)) {
                    String section = FunctionalCodes.sectionOf(item);
                    for (String code : new String[] {FunctionalCodes.classOf(item), section, item}) {
                        if (code == item || functional.add(code)) {
                            uses.add(new Use(scope, DisclosureSection.FUNCTIONAL, CodeKind.FUNCTIONAL, code));
                        }
                    }
                }
            }
            for (EconomicLine line : scope.unit().economic().lines()) {
                if (economic.add(line.itemCode())) {
                    if (economic.add(line.classCode())) {
                        uses.add(new Use(scope, DisclosureSection.ECONOMIC, CodeKind.ECONOMIC, line.classCode()));
                    }
                    uses.add(new Use(scope, DisclosureSection.ECONOMIC, CodeKind.ECONOMIC, line.itemCode()));
                }
            }
        }
        Map<CodeKind, Map<String, CatalogEntry>> oldNames = new HashMap<>();
        for (Use use : uses) {
            check(use, catalog, oldNames);
        }
        return findings;
    }

    private static void check(Use use, Catalog catalog, Map<CodeKind, Map<String, CatalogEntry>> oldNames) {
        Scope scope = use.scope();
        Location location = scope.at(use.section(), use.code(), null);
        RuleText.Term list = RuleText.term("catalog." + use.kind().name(), String.valueOf(scope.budgetYear()));
        Optional<CatalogEntry> entry = catalog.find(use.kind(), use.code());
        if (entry.isEmpty()) {
            CatalogOrigin origin = catalog.origin(use.kind());
            String shipped = String.valueOf(origin.shippedEdition());
            String year = String.valueOf(scope.budgetYear());
            if (origin.hasImported()) {
                scope.report(Severity.WARNING, location, "P4.unknownImported", use.code(), list,
                        String.valueOf(origin.importedEdition()), origin.importedFrom(), shipped);
            } else {
                scope.report(Severity.WARNING, location, origin.shippedPartial() ? "P4.unknown" : "P4.unknownListed",
                        use.code(), list, shipped, year);
            }
        } else if (entry.get().custom()) {
            String name = entry.get().name();
            CatalogEntry official = oldNames.computeIfAbsent(use.kind(), kind -> aliases(catalog, kind))
                    .get(normalize(name));
            if (official != null) {
                scope.report(Severity.WARNING, location, "P4.oldName", use.code(), name, list,
                        official.code(), official.name());
            } else {
                scope.report(Severity.INFO, location, "P4.custom", use.code(), name, list);
            }
        }
    }

    /** The official entries by each of their older names. */
    private static Map<String, CatalogEntry> aliases(Catalog catalog, CodeKind kind) {
        Map<String, CatalogEntry> byAlias = new HashMap<>();
        for (CatalogEntry entry : catalog.entries(kind)) {
            if (!entry.custom()) {
                entry.aliases().forEach(alias -> byAlias.putIfAbsent(normalize(alias), entry));
            }
        }
        return byAlias;
    }

    /** Names compare without spaces and with （） as (), as the catalog compares them. */
    private static String normalize(String name) {
        return name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
