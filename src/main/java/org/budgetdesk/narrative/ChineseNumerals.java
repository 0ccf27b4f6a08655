package org.budgetdesk.narrative;

/** Chinese numerals for heading numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The numeral of 1 to 99. */
    static String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("heading numbers run from 1 to 99: " + number);
        }
        int tens = number / 10;
        int ones = number % 10;
        StringBuilder out = new StringBuilder();
        if (tens > 1) {
            out.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }
}
