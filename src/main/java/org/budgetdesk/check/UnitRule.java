package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;

/** A rule that looks at one unit at a time: it runs over every unit and then over 部门汇总. */
abstract class UnitRule implements Rule {
    private final String id;

    UnitRule(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Finding> check(Department department, Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(department, catalog, id, findings)) {
            check(scope);
        }
        return findings;
    }

    /** Checks one unit, reporting through the scope. */
    abstract void check(Scope scope);
}
