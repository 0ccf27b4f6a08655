package org.budgetdesk.audit;

/**
 * Makes the ways documents write the same thing alike, one character for one, so positions stay those of the
 * original: full-width digits and signs become ASCII, half-width brackets, colons and semicolons become the
 * full-width ones the patterns use, and a comma between words (not inside a number) becomes “，”.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '０' && c <= '９') {
                out[i] = (char) ('0' + (c - '０'));
            } else if (c == '．' && between(text, i)) {
                out[i] = '.';
            } else if (c == '％') {
                out[i] = '%';
            } else if (c == '(') {
                out[i] = '（';
            } else if (c == ')') {
                out[i] = '）';
            } else if (c == ':' || c == '∶') {
                out[i] = '：';
            } else if (c == ';') {
                out[i] = '；';
            } else if (c == ',' && !(between(text, i) && groupOfThree(text, i))) {
                out[i] = '，';
            } else if (c == '\u00a0' || c == '\u3000' || c == '\t') {
                out[i] = ' ';
            } else if (c == '"' || c == '＂') {
                out[i] = '“';
            } else if (c == '〔' || c == '［') {
                out[i] = '【';
            } else if (c == '〕' || c == '］') {
                out[i] = '】';
            }
        }
        return new String(out);
    }

    private static boolean between(String text, int i) {
        return i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
    }

    /** A thousands separator is followed by exactly three digits. */
    private static boolean groupOfThree(String text, int i) {
        int digits = 0;
        int j = i + 1;
        while (j < text.length() && isDigit(text.charAt(j))) {
            digits++;
            j++;
        }
        return digits == 3;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
