package org.budgetdesk.catalog;

/**
 * Compares names the way people type them: ignoring spaces and full-width versus half-width parentheses,
 * so 因公出国(境)费用 matches 因公出国（境）费用.
 */
final class Names {

    private Names() {
    }

    /** The form of a name used for matching. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Full-width digits (０–９, as Chinese input methods type them) as ASCII digits; everything else kept. */
    static String halfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
