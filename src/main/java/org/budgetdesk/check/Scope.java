package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;

/**
 * One unit under check, a unit of the department or 部门汇总, and the list its findings go to. 部门汇总 is only
 * checked when there are subordinate units: with the own unit alone it would repeat the own unit's findings.
 */
final class Scope {
    private final Department department;
    private final Unit unit;
    private final int index;
    private final Catalog catalog;
    private final String rule;
    private final List<Finding> out;

    private Scope(Department department, Unit unit, int index, Catalog catalog, String rule, List<Finding> out) {
        this.department = department;
        this.unit = unit;
        this.index = index;
        this.catalog = catalog;
        this.rule = rule;
        this.out = out;
    }

    /** Every unit, then 部门汇总 when there are subordinate units; findings of {@code rule} go to {@code out}. */
    static List<Scope> all(Department department, Catalog catalog, String rule, List<Finding> out) {
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < count(department); i++) {
            scopes.add(of(department, i, catalog, rule, out));
        }
        return scopes;
    }

    /** How many units are checked: the department's, and 部门汇总 when there are subordinate units. */
    static int count(Department department) {
        int units = department.units().size();
        return units > 1 ? units + 1 : units;
    }

    /** The unit checked {@code i}-th: the department's unit {@code i}, or 部门汇总 after the last. */
    static Unit unit(Department department, int i) {
        List<Unit> units = department.units();
        return i < units.size() ? units.get(i) : department.consolidated();
    }

    /** The unit checked {@code i}-th ({@link #unit}) under {@code rule}, whose findings go to {@code out}. */
    static Scope of(Department department, int i, Catalog catalog, String rule, List<Finding> out) {
        int index = i < department.units().size() ? i : Location.CONSOLIDATED;
        return new Scope(department, unit(department, i), index, catalog, rule, out);
    }

    Department department() {
        return department;
    }

    Unit unit() {
        return unit;
    }

    Catalog catalog() {
        return catalog;
    }

    int budgetYear() {
        return department.budgetYear().get();
    }

    /** A functional code with its name: "208 社会保障和就业支出". */
    String functionalName(String code) {
        return code + " " + catalog.nameOf(CodeKind.FUNCTIONAL, code);
    }

    /** An economic code with its name: "301 工资福利支出". */
    String economicName(String code) {
        return code + " " + catalog.nameOf(CodeKind.ECONOMIC, code);
    }

    Location at(DisclosureSection section, String code, String field) {
        return new Location(section, index, unit.name().get(), code, field);
    }

    /** Adds a finding whose message is the template {@code key} filled with the arguments. */
    void report(Severity severity, Location location, String key, Object... arguments) {
        out.add(RuleText.finding(rule, severity, location, key, arguments));
    }
}
