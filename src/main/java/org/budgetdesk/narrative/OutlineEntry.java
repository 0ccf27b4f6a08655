package org.budgetdesk.narrative;

/**
 * One line of a template's outline: a heading (with its level), a generated block, or a fixed paragraph.
 *
 * @param kind  what the line is
 * @param level the heading level (1–3); 0 for the other kinds
 * @param value the heading title, the block name, or the key of the fixed text
 */
public record OutlineEntry(Kind kind, int level, String value) {

    public enum Kind { HEADING, BLOCK, TEXT }

    /**
     * Parses one non-blank, non-comment outline line: {@code 1 Title}, {@code @block} or {@code =key}.
     *
     * @throws IllegalArgumentException when the line is none of these
     */
    static OutlineEntry parse(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("@") && trimmed.length() > 1) {
            return new OutlineEntry(Kind.BLOCK, 0, trimmed.substring(1).strip());
        }
        if (trimmed.startsWith("=") && trimmed.length() > 1) {
            return new OutlineEntry(Kind.TEXT, 0, trimmed.substring(1).strip());
        }
        if (trimmed.length() > 2 && trimmed.charAt(0) >= '1' && trimmed.charAt(0) <= '3' && trimmed.charAt(1) == ' ') {
            return new OutlineEntry(Kind.HEADING, trimmed.charAt(0) - '0', trimmed.substring(2).strip());
        }
        throw new IllegalArgumentException("expected \"1 Title\" (levels 1 to 3), \"@block\" or \"=key\": " + line);
    }
}
