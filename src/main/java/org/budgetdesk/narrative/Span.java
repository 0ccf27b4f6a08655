package org.budgetdesk.narrative;

import java.util.Objects;

/**
 * A run of text in a paragraph. A placeholder span stands for free text the user has not written yet (a reason, a
 * purpose): its text is the visible marker (【待填写：…】), {@code what} names the missing text and {@code missingKey} is
 * the template key {@code what} was written from ({@code missing.operatingCostsReason}), the same in every region.
 */
public record Span(String text, String what, String missingKey) {

    public Span {
        Objects.requireNonNull(text, "text");
    }

    /** Ordinary text. */
    public static Span text(String text) {
        return new Span(text, null, null);
    }

    /** A marker for missing free text. */
    public static Span placeholder(String marker, String what, String missingKey) {
        return new Span(marker, Objects.requireNonNull(what, "what"), Objects.requireNonNull(missingKey, "missingKey"));
    }

    public boolean isPlaceholder() {
        return what != null;
    }
}
