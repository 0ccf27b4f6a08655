package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A message template parsed once and filled fast: the subset of {@link java.text.MessageFormat} the rule bundles use,
 * {@code {0}}…{@code {9}} placeholders and {@code ''} for an apostrophe (so the bundles stay valid MessageFormat).
 * The checks may write thousands of findings on a large department, and MessageFormat costs several times more.
 */
final class Template {
    /** Literal text, or the index of an argument when {@code text} is null. */
    private record Part(String text, int argument) {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static Template parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = pattern.indexOf('}', i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                literal.append('\'');
                i += 2;
            } else if (c == '{' && close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), -1));
                    literal.setLength(0);
                }
                parts.add(new Part(null, Integer.parseInt(pattern.substring(i + 1, close))));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), -1));
        }
        return new Template(parts);
    }

    /** The template with its placeholders replaced; a placeholder without an argument stays as it is. */
    String fill(String[] arguments) {
        StringBuilder out = new StringBuilder(64);
        for (Part part : parts) {
            if (part.text() != null) {
                out.append(part.text());
            } else if (part.argument() < arguments.length) {
                out.append(arguments[part.argument()]);
            } else {
                out.append('{').append(part.argument()).append('}');
            }
        }
        return out.toString();
    }
}
