package org.budgetdesk.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.budgetdesk.compare.Difference.Change;
import org.budgetdesk.compare.Difference.ValueKind;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.DisclosureSection;

/** Collects differences for one place at a time (section, unit), recording a value only when the drafts differ. */
final class Recorder {
    private final List<Difference> found = new ArrayList<>();
    private DisclosureSection section = DisclosureSection.OVERVIEW;
    private int unitIndex = CommentTarget.DEPARTMENT;
    private String unitName = "";

    /** Records what follows in this section of this unit. */
    Recorder at(DisclosureSection section, int unitIndex, String unitName) {
        this.section = section;
        this.unitIndex = unitIndex;
        this.unitName = unitName == null ? "" : unitName;
        return this;
    }

    /** Records an amount that differs; a prior not published ({@code null}) differs from every amount, 0 included. */
    void amount(String key, String subject, BigDecimal before, BigDecimal after) {
        if (!Amounts.sameOrBothUnknown(before, after)) {
            add(key, subject, ValueKind.AMOUNT, Change.CHANGED, amount(before), amount(after));
        }
    }

    void count(String key, String subject, int before, int after) {
        if (before != after) {
            add(key, subject, ValueKind.COUNT, Change.CHANGED, String.valueOf(before), String.valueOf(after));
        }
    }

    void text(String key, String subject, String before, String after) {
        String earlier = before == null ? "" : before;
        String later = after == null ? "" : after;
        if (!earlier.equals(later)) {
            add(key, subject, ValueKind.TEXT, Change.CHANGED, earlier, later);
        }
    }

    /** Something only the later draft has; its value is an amount when {@code value} is a BigDecimal. */
    void added(String key, String subject, Object value) {
        add(key, subject, kindOf(value), Change.ADDED, null, shown(value));
    }

    /** Something only the earlier draft has. */
    void removed(String key, String subject, Object value) {
        add(key, subject, kindOf(value), Change.REMOVED, shown(value), null);
    }

    /** Everything recorded, in section order; within a section in the order it was recorded. */
    List<Difference> found() {
        List<Difference> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Difference::section));
        return sorted;
    }

    private void add(String key, String subject, ValueKind kind, Change change, String before, String after) {
        found.add(new Difference(new CommentTarget(section, unitIndex, key), unitName, Objects.toString(subject, ""),
                kind, change, before, after));
    }

    private static ValueKind kindOf(Object value) {
        return value instanceof BigDecimal ? ValueKind.AMOUNT : ValueKind.TEXT;
    }

    private static String shown(Object value) {
        return value instanceof BigDecimal amount ? amount(amount) : Objects.toString(value, "");
    }

    private static String amount(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        return yuan.scale() < 2 ? yuan.setScale(2).toPlainString() : yuan.toPlainString();
    }
}
