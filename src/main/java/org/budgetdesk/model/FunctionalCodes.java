package org.budgetdesk.model;

/** The shape of functional codes: 类 3 digits, 款 5, 项 7; a 项 code starts with its 款 and 类. */
public final class FunctionalCodes {
    private FunctionalCodes() {
    }

    /** Returns the code if it is a 7-digit 项 code. */
    public static String requireItem(String code) {
        if (code == null || code.length() != 7 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a 7-digit functional item code: " + code);
        }
        return code;
    }

    /** The 款 of a 项: 2080101 → 20801. */
    public static String sectionOf(String itemCode) {
        return itemCode.substring(0, 5);
    }

    /** The 类 of a 项 or 款: 2080101 → 208. */
    public static String classOf(String code) {
        return code.substring(0, 3);
    }
}
