package org.budgetdesk.export.xlsx;

/** Chinese list numbering as the tables print it: 一、二、… 十一、… 二十九、. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The numeral of 1 to 99. */
    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1 to 99: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return prefix + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** A list item: 一、一般公共服务支出. */
    static String item(int n, String text) {
        return of(n) + "、" + text;
    }
}
