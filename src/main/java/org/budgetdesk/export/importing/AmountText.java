package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetdesk.format.FullWidth;

/**
 * Reads an amount written as text, the way accountants' sheets hold it: “1,234.56”, full-width digits (１２３４．５６),
 * blanks and dashes for nothing (“－”, “-”, “—”), spaces anywhere. A figure in parentheses (“(12.00)”) or with a
 * minus sign is a negative amount, which a budget table never holds: it is refused with a reason, never turned
 * into a positive figure.
 */
final class AmountText {
    /** A dash that stands for “nothing” (or, in a prior-year column, “not published”). */
    private static final Pattern DASH = Pattern.compile("[-－—–―‐]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]+)?|\\.[0-9]+");
    private static final Pattern NEGATIVE = Pattern.compile("\\(.*\\)|-.+");

    private AmountText() {
    }

    /** What the text is: an amount, a dash, nothing, or unreadable (with the message key of the reason). */
    record Reading(BigDecimal amount, boolean dash, String problem) {
        static Reading of(BigDecimal amount) {
            return new Reading(amount, false, null);
        }

        static Reading problem(String key) {
            return new Reading(null, false, key);
        }

        boolean readable() {
            return problem == null;
        }
    }

    static Reading read(String raw) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return new Reading(null, false, null);
        }
        if (DASH.matcher(text).matches()) {
            return new Reading(null, true, null);
        }
        if (NEGATIVE.matcher(text).matches()) {
            return Reading.problem("import.problem.negative");
        }
        String digits = text.replace(",", "");
        if (!NUMBER.matcher(digits).matches() || !commasAreThousands(text)) {
            return Reading.problem("import.problem.notANumber");
        }
        return Reading.of(new BigDecimal(digits));
    }

    /** Whether the text looks like an amount at all (digits, separators), as opposed to a label. */
    static boolean looksNumeric(String raw) {
        String text = normalise(raw);
        return !text.isEmpty() && text.chars().anyMatch(Character::isDigit)
                && text.chars().allMatch(c -> Character.isDigit(c) || ",.()-".indexOf(c) >= 0);
    }

    /** Full-width forms to ASCII ({@link FullWidth}), spaces (also U+3000 and no-break) removed. */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String ascii = FullWidth.toAscii(raw);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean commasAreThousands(String text) {
        if (!text.contains(",")) {
            return true;
        }
        String whole = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        return whole.matches("[0-9]{1,3}(,[0-9]{3})*");
    }

    /** The amount of a reading, or empty. */
    static Optional<BigDecimal> amountOf(Reading reading) {
        return Optional.ofNullable(reading.amount());
    }
}
