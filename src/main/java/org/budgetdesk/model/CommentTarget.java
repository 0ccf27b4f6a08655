package org.budgetdesk.model;

import java.util.Objects;

/**
 * A place in a budget: a section, a unit, and a key naming a line and optionally one of its fields
 * ({@code line} or {@code line.field}), or the whole section when the key is empty. Review comments are attached
 * to a target, and draft comparisons point at their differences with one.
 *
 * <p>Keys, per section (the README lists them all): {@code GENERAL_PUBLIC_BUDGET.current} (income),
 * {@code 2080101/GENERAL_PUBLIC_BUDGET.personnel} (functional), {@code 30101.prior} (economic),
 * {@code reception.reason} (“三公”), {@code operatingCosts.current}, {@code procurement.goods},
 * {@code assets.largeEquipment}, {@code project/0.amount} (other), {@code unit.name}, {@code functions/2},
 * {@code department.note} (overview), {@code custom/2129901} (a custom code).
 *
 * @param section   the section
 * @param unitIndex the unit's position in {@link Department#units()}, or {@link #DEPARTMENT} for the department
 *                  as a whole (部门汇总 and the department's own fields)
 * @param key       {@code line} or {@code line.field}; empty for the whole section
 */
public record CommentTarget(DisclosureSection section, int unitIndex, String key) {
    /** The unit index of the department as a whole. */
    public static final int DEPARTMENT = -1;

    public CommentTarget {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        if (unitIndex < DEPARTMENT) {
            throw new IllegalArgumentException("unit index " + unitIndex);
        }
    }

    /** The whole of a section of one unit (or of the department). */
    public static CommentTarget wholeSection(DisclosureSection section, int unitIndex) {
        return new CommentTarget(section, unitIndex, "");
    }

    public boolean isWholeSection() {
        return key.isEmpty();
    }

    /** The line part of the key: {@code 2080101/GENERAL_PUBLIC_BUDGET} of {@code …/GENERAL_PUBLIC_BUDGET.personnel}. */
    public String line() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The field part of the key ({@code personnel}), or empty when the target is a whole line. */
    public String field() {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }

    /** The same place without its field: the whole line. */
    public CommentTarget wholeLine() {
        return new CommentTarget(section, unitIndex, line());
    }

    /** True when this target is {@code other} or lies within it (a field of that line, a line of that section). */
    public boolean isWithin(CommentTarget other) {
        if (section != other.section || unitIndex != other.unitIndex) {
            return false;
        }
        return other.key.isEmpty() || key.equals(other.key) || key.startsWith(other.key + ".");
    }
}
