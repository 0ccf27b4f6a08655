package org.budgetdesk.export.common;

/**
 * Text an office file can hold. XML 1.0, inside every .docx and .xlsx, has no place for control characters other
 * than tab, line feed and carriage return, nor for a lone half of a surrogate pair (which a hand-edited project file
 * can carry as {@code "\ud800"}); such characters are written as U+FFFD (�), and counted, so the export says so.
 */
public final class WritableText {
    /** What an unwritable character becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private WritableText() {
    }

    /** How many characters of {@code text} cannot be written. */
    public static int countUnwritable(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = writableLength(text, i);
            count += length == 0 ? 1 : 0;
            i += Math.max(length, 1) - 1;
        }
        return count;
    }

    /** {@code text} with each character that cannot be written replaced by {@link #REPLACEMENT}. */
    public static String clean(String text) {
        if (countUnwritable(text) == 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int length = writableLength(text, i);
            if (length == 0) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(text, i, i + length);
                i += length - 1;
            }
        }
        return cleaned.toString();
    }

    /** The length of the writable character at {@code i} (2 for a surrogate pair), or 0 when it is not writable. */
    private static int writableLength(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
        }
        if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return 0;
        }
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? 0 : 1;
    }
}
