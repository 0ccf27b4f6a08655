package org.budgetdesk.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A department flattened into a sorted map of path → value string: every leaf value, line list and text. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The department's own fields, every unit's entered values (by position) and the consolidated unit's. */
    public static SortedMap<String, String> of(Department department) {
        SortedMap<String, String> all = new TreeMap<>();
        all.put("department/name", department.name().get());
        all.put("department/parentDepartment", department.parentDepartment().get());
        all.put("department/budgetYear", Integer.toString(department.budgetYear().get()));
        all.put("department/kind", String.valueOf(department.kind().get()));
        all.put("department/comparisonBasis", String.valueOf(department.comparisonBasis().get()));
        all.put("department/note", department.note().get());
        department.customFunctionalCodes().forEach((code, name) -> all.put("customFunctional/" + code, name));
        department.customEconomicCodes().forEach((code, name) -> all.put("customEconomic/" + code, name));
        List<Unit> units = department.units();
        all.put("units/count", Integer.toString(units.size()));
        for (int i = 0; i < units.size(); i++) {
            String prefix = "unit" + i + "/";
            UnitLeaves.snapshot(units.get(i)).forEach((path, value) -> all.put(prefix + path, value));
        }
        UnitLeaves.snapshot(department.consolidated()).forEach((path, value) -> all.put("consolidated/" + path, value));
        return all;
    }
}
