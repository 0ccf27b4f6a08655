package org.budgetdesk.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template pattern's {@code {field}} slots. A value is a String (plain text), a {@link Span} (possibly a
 * placeholder) or a list of spans (a sentence part made earlier). Adjacent plain text is merged into one span.
 */
final class Sentence {
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    private Sentence() {
    }

    /**
     * The spans of a pattern with its fields filled in.
     *
     * @throws IllegalStateException when the pattern names a field that is not given: a template error
     */
    static List<Span> fill(String key, String pattern, Map<String, ?> values) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = FIELD.matcher(pattern);
        int end = 0;
        while (matcher.find()) {
            append(spans, Span.text(pattern.substring(end, matcher.start())));
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("the pattern " + key + " uses {" + matcher.group(1)
                        + "}, which is not available there; available: " + values.keySet());
            }
            appendValue(spans, value);
            end = matcher.end();
        }
        append(spans, Span.text(pattern.substring(end)));
        return spans;
    }

    /** The spans of several parts joined by a separator. */
    static List<Span> join(List<List<Span>> parts, String separator) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                append(spans, Span.text(separator));
            }
            parts.get(i).forEach(span -> append(spans, span));
        }
        return spans;
    }

    private static void appendValue(List<Span> spans, Object value) {
        if (value instanceof Span span) {
            append(spans, span);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                append(spans, (Span) item);
            }
        } else {
            append(spans, Span.text(value.toString()));
        }
    }

    private static void append(List<Span> spans, Span span) {
        if (span.text().isEmpty()) {
            return;
        }
        int last = spans.size() - 1;
        if (!span.isPlaceholder() && last >= 0 && !spans.get(last).isPlaceholder()) {
            spans.set(last, Span.text(spans.get(last).text() + span.text()));
        } else {
            spans.add(span);
        }
    }
}
