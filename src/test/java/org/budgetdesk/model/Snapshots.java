package org.budgetdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
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

    /** The paths whose values differ between two snapshots, as "path: expected → actual"; empty when equal. */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        TreeSet<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(expected.get(path), actual.get(path))) {
                differences.add(path + ": " + expected.get(path) + " → " + actual.get(path));
            }
        }
        return differences;
    }
}
