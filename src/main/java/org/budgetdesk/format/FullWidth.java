package org.budgetdesk.format;

/**
 * Text typed or pasted with a Chinese input method, as ASCII: the full-width forms (０–９, ．，（）－, Ａ–Ｚ…, U+FF01 to
 * U+FF5E) become their ASCII characters and the ideographic space (U+3000) a space. Everything else is kept.
 */
public final class FullWidth {
    private FullWidth() {
    }

    public static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c == '\u3000' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
