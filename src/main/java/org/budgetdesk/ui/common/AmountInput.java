package org.budgetdesk.ui.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.FullWidth;
import org.budgetdesk.model.Amounts;

/**
 * Reads what a user typed or pasted into an amount cell, in the displayed unit, and returns the amount in 元 or
 * the reason it is refused. Thousands separators (1,234.50), full-width characters as a Chinese input method types
 * them (１２３．４５, １，２３４) and surrounding spaces are accepted; an empty text means zero.
 */
public final class AmountInput {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]*)?|-?\\.[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?");

    /** Why an entry is refused; each has a message key {@code input.error.NAME}. */
    public enum Error { NOT_A_NUMBER, TWO_DECIMAL_POINTS, TOO_MANY_DECIMALS, NEGATIVE, TOO_LARGE }

    /** The outcome: an amount in 元, or an error. */
    public record Result(BigDecimal yuan, Error error) {
        public boolean isValid() {
            return error == null;
        }
    }

    private AmountInput() {
    }

    /**
     * Reads a prior-year amount: like {@link #parse}, or {@link #isNotPublished not published}, which gives a valid
     * result with a {@code null} amount.
     */
    public static Result parsePrior(String text, DisplayUnit unit, String notPublishedWord) {
        return isNotPublished(text, notPublishedWord) ? new Result(null, null) : parse(text, unit);
    }

    /**
     * Whether a text says “not published”: the word of the interface's language, 未公开 or “not published” in any
     * case, or the dash (— or ——) that tables show for such a figure, so a row copied from a table pastes back.
     */
    public static boolean isNotPublished(String text, String notPublishedWord) {
        String cleaned = text == null ? "" : text.strip();
        return cleaned.equalsIgnoreCase(notPublishedWord) || cleaned.equals("未公开")
                || cleaned.equalsIgnoreCase("not published") || cleaned.equals("—") || cleaned.equals("——");
    }

    public static Result parse(String text, DisplayUnit unit) {
        String cleaned = FullWidth.toAscii(text == null ? "" : text).strip().replace("\u00a0", "");
        if (cleaned.isEmpty()) {
            return new Result(Amounts.ZERO, null);
        }
        if (cleaned.indexOf('.') != cleaned.lastIndexOf('.')) {
            return error(Error.TWO_DECIMAL_POINTS);
        }
        if (cleaned.indexOf(',') >= 0) {
            if (!GROUPED.matcher(cleaned).matches()) {
                return error(Error.NOT_A_NUMBER);
            }
            cleaned = cleaned.replace(",", "");
        }
        if (!NUMBER.matcher(cleaned).matches()) {
            return error(Error.NOT_A_NUMBER);
        }
        BigDecimal yuan = unit.toYuan(new BigDecimal(cleaned));
        Amounts.Problem problem = Amounts.problemWith(yuan);
        if (problem != null) {
            return error(switch (problem) {
                case NEGATIVE -> Error.NEGATIVE;
                case TOO_MANY_DECIMALS -> Error.TOO_MANY_DECIMALS;
                case TOO_LARGE -> Error.TOO_LARGE;
            });
        }
        return new Result(Amounts.requireValid(yuan), null);
    }


    private static Result error(Error error) {
        return new Result(null, error);
    }
}
