package org.budgetdesk.io;

import java.math.BigDecimal;
import java.util.Objects;
import org.budgetdesk.model.Amounts;

/**
 * A prior-year amount in a project file: an amount string like any other, or {@value #NOT_PUBLISHED_TEXT} (format
 * 3) when the published documents give no prior figure for the line (未公开), which is not zero. A class rather than
 * a record, so that {@link RequiredFields} treats it as one value.
 */
final class PriorAmount {
    /** How a prior that is not published is written. */
    static final String NOT_PUBLISHED_TEXT = "NOT_PUBLISHED";
    static final PriorAmount NOT_PUBLISHED = new PriorAmount(null);

    private final BigDecimal amount;

    private PriorAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** The model's prior: an amount, or {@code null} for not published. */
    static PriorAmount of(BigDecimal amountOrNull) {
        return amountOrNull == null ? NOT_PUBLISHED : new PriorAmount(Amounts.requireValid(amountOrNull));
    }

    /** The amount, or {@code null} when not published. */
    BigDecimal amount() {
        return amount;
    }

    boolean isPublished() {
        return amount != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriorAmount prior && Objects.equals(amount, prior.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(amount);
    }

    @Override
    public String toString() {
        return amount == null ? NOT_PUBLISHED_TEXT : amount.toPlainString();
    }
}
