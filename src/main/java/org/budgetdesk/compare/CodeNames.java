package org.budgetdesk.compare;

import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;

/** Names of codes as either draft knows them: the later draft's catalog and custom codes first. */
final class CodeNames {
    private final Catalog later;
    private final Catalog earlier;

    CodeNames(Department before, Department after) {
        later = catalog(after);
        earlier = catalog(before);
    }

    private static Catalog catalog(Department department) {
        return Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes())
                    .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
    }

    /** {@code code name}, e.g. “2080101 行政运行”; the code alone when neither draft knows a name. */
    String subject(CodeKind kind, String code) {
        String name = later.find(kind, code).or(() -> earlier.find(kind, code))
                .map(entry -> entry.name()).orElse(code);
        return name.equals(code) ? code : code + " " + name;
    }
}
