package org.budgetdesk.io;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;

/**
 * The {@code codeNames} a project file carries: every official code the project's lines and performance projects
 * use, with the 类 and 款 above it, named as this computer's catalog names it (shipped, imported, or carried by the
 * file already). Custom codes are left out: {@code customFunctionalCodes} and {@code customEconomicCodes} hold them;
 * so is a code no list knows.
 */
final class UsedCodeNames {
    private UsedCodeNames() {
    }

    static Map<CodeKind, Map<CodeLevel, Map<String, String>>> of(Department department) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes())
                .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        Map<CodeKind, Map<CodeLevel, Map<String, String>>> names = new EnumMap<>(CodeKind.class);
        for (CodeKind kind : CodeKind.values()) {
            Map<CodeLevel, Map<String, String>> levels = new EnumMap<>(CodeLevel.class);
            for (CodeLevel level : CodeLevel.values()) {
                if (level.appliesTo(kind)) {
                    levels.put(level, new TreeMap<>());
                }
            }
            names.put(kind, levels);
        }
        // Units use the same codes over and over: each code is looked up once (1,000 units: 50-80 ms -> a few).
        Set<String> functional = new HashSet<>();
        Set<String> economic = new HashSet<>();
        for (Unit unit : department.units()) {
            for (FunctionalLine line : unit.functional().lines()) {
                if (functional.add(line.itemCode())) {
                    addWithParents(catalog, CodeKind.FUNCTIONAL, line.itemCode(), names);
                }
            }
            for (EconomicLine line : unit.economic().lines()) {
                if (economic.add(line.itemCode())) {
                    addWithParents(catalog, CodeKind.ECONOMIC, line.itemCode(), names);
                }
            }
            for (PerformanceProject project : unit.performance().projects()) {
                String code = project.functionalCode().get();
                if (code != null && CodeLevel.isValid(CodeKind.FUNCTIONAL, code.strip())) {
                    addWithParents(catalog, CodeKind.FUNCTIONAL, code.strip(), names);
                }
            }
        }
        return names;
    }

    private static void addWithParents(Catalog catalog, CodeKind kind, String code,
                                       Map<CodeKind, Map<CodeLevel, Map<String, String>>> names) {
        Optional<String> current = Optional.of(code);
        while (current.isPresent()
                && !names.get(kind).get(CodeLevel.of(kind, current.get())).containsKey(current.get())) {
            Optional<CatalogEntry> entry = catalog.find(kind, current.get());
            if (entry.isPresent() && !entry.get().custom()) {
                names.get(kind).get(entry.get().level()).put(current.get(), entry.get().name());
            }
            current = CodeLevel.parentCode(kind, current.get());
        }
    }
}
