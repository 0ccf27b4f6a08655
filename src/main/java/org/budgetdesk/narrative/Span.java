package org.budgetdesk.narrative;

import java.util.Objects;

/**
 * A run of text in a paragraph. A placeholder span stands for free text the user has not written yet (a reason, a
 * purpose): its text is the visible marker (【待填写：…】) and {@code what} names the missing text.
 */
public record Span(String text, String what) {

    public Span {
        Objects.requireNonNull(text, "text");
    }

    /** Ordinary text. */
    public static Span text(String text) {
        return new Span(text, null);
    }

    /** A marker for missing free text. */
    public static Span placeholder(String marker, String what) {
        return new Span(marker, Objects.requireNonNull(what, "what"));
    }

    public boolean isPlaceholder() {
        return what != null;
    }
}
