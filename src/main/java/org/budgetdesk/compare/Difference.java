package org.budgetdesk.compare;

import java.math.BigDecimal;
import java.util.Objects;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.DisclosureSection;

/**
 * One entered figure or text that differs between two drafts, or a line, unit, paragraph or code that one of them
 * lacks. Derived figures (totals, changes, rates, shares) are not listed: they follow from the entered ones.
 *
 * @param place    where it is: section, the unit's index in the later draft ({@link CommentTarget#DEPARTMENT} for
 *                 the department's own fields and for a unit the later draft lacks), and the key
 * @param unitName the unit's name (in the later draft when it has the unit), empty for the department's fields
 * @param subject  what the line is called in the budget's own terms (“2080101 行政运行”, “一般公共预算拨款”, a
 *                 project's name); empty when the key names it ({@link DifferenceLabels} words it)
 * @param kind     whether the values are amounts in 元, counts or text
 * @param change   changed, added (only the later draft has it) or removed (only the earlier one has it)
 * @param before   the earlier draft's value ({@code "7630560.00"} for an amount), or {@code null} when it has none
 * @param after    the later draft's value, or {@code null} when it has none
 */
public record Difference(CommentTarget place, String unitName, String subject, ValueKind kind, Change change,
                         String before, String after) {

    /** What the values are. */
    public enum ValueKind { AMOUNT, COUNT, TEXT }

    /** How the two drafts differ here. */
    public enum Change { CHANGED, ADDED, REMOVED }

    public Difference {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
    }

    public DisclosureSection section() {
        return place.section();
    }

    /** True for amounts and counts, which have a {@link #delta()}. */
    public boolean isFigure() {
        return kind != ValueKind.TEXT;
    }

    /** The earlier figure, or {@code null} for text or when the earlier draft has none. */
    public BigDecimal beforeFigure() {
        return isFigure() && before != null ? new BigDecimal(before) : null;
    }

    /** The later figure, or {@code null} for text or when the later draft has none. */
    public BigDecimal afterFigure() {
        return isFigure() && after != null ? new BigDecimal(after) : null;
    }

    /** later − earlier for a figure, a missing side counting as zero; {@code null} for text. */
    public BigDecimal delta() {
        if (!isFigure()) {
            return null;
        }
        BigDecimal earlier = before == null ? BigDecimal.ZERO : new BigDecimal(before);
        BigDecimal later = after == null ? BigDecimal.ZERO : new BigDecimal(after);
        return later.subtract(earlier);
    }
}
