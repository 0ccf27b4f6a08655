package org.budgetdesk.narrative;

import java.math.BigDecimal;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;

/** Small rules for putting figures and free text into sentences. */
final class Wording {
    private static final String CLOSING = "。！？!?…";
    private static final String TRAILING = "。；，、：,;:.";

    private Wording() {
    }

    /** An amount in 元 as a sentence states it in {@code unit}: two decimals half-up, trailing zeros dropped (196.8). */
    static String amount(BigDecimal yuan, DisplayUnit unit) {
        return Numbers.trimmed(yuan, unit);
    }

    /**
     * A name as it goes before its amount: in quotes when it ends in a digit or a point, so that “2号楼维修1”
     * 10万元 never reads as 2号楼维修110万元 (a custom code without a name is its digits).
     */
    static String name(String name) {
        if (name.isEmpty()) {
            return name;
        }
        char last = name.charAt(name.length() - 1);
        boolean numeric = Character.isDigit(last) || last == '.' || last == '．' || last == '%' || last == '％';
        return numeric ? "“" + name + "”" : name;
    }

    /** A share in percent as rounded, trailing zeros dropped: 91, 7.5. */
    static String shareText(BigDecimal percent) {
        return Numbers.trim(percent);
    }

    /** Free text that ends a sentence, closed by 。 unless it already ends like a sentence. */
    static String closed(String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && CLOSING.indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return stripped;
        }
        return inline(stripped) + "。";
    }

    /** Free text that goes inside a sentence, with any closing punctuation taken off. */
    static String inline(String text) {
        String stripped = text.strip();
        int end = stripped.length();
        while (end > 0 && TRAILING.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        return stripped.substring(0, end);
    }
}
