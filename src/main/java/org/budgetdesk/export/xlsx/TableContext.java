package org.budgetdesk.export.xlsx;

import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;

/** What the row builders read: the department, its consolidated unit (部门汇总), code names and the set's wording. */
record TableContext(Department department, Catalog catalog, TableSet set) {

    static TableContext of(Department department, TableSet set) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes())
                    .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        return new TableContext(department, catalog, set);
    }

    /** 部门汇总: the department's tables show the sum of its units. */
    Unit consolidated() {
        return department.consolidated();
    }

    String functionalName(String code) {
        return catalog.nameOf(CodeKind.FUNCTIONAL, code);
    }

    String economicName(String code) {
        return catalog.nameOf(CodeKind.ECONOMIC, code);
    }

    /** Every functional 类 of the year's list, by code. */
    List<String> functionalClasses() {
        return catalog.entries(CodeKind.FUNCTIONAL).stream()
                .map(CatalogEntry::code)
                .filter(code -> code.length() == 3)
                .toList();
    }

    String label(String key) {
        return set.label(key);
    }
}
