package org.budgetdesk.export.xlsx;

/**
 * Estimates how wide text is in column-width units (the width of a digit): a Chinese character or a full-width sign
 * takes about two, anything else one. Enough to size columns without fonts or AWT, which may be missing.
 */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The lines text takes when wrapped in a column of this width. */
    static int lines(String text, int columnWidth) {
        int usable = Math.max(1, columnWidth - 1);
        return Math.max(1, (of(text) + usable - 1) / usable);
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (codePoint == 0x201C || codePoint == 0x201D)
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }
}
