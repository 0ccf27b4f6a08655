package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.narrative.Snapshot.Figure;

/**
 * What a section writer works with: the snapshot, the template and the document being built, and the shared ways
 * to turn a pattern into spans, a comparison into its wording and missing text into a placeholder.
 */
final class Writing {
    final Snapshot snapshot;
    final NarrativeTemplate template;
    final DocumentBuilder out;
    private final Map<String, Object> common = new HashMap<>();

    Writing(Snapshot snapshot, NarrativeTemplate template) {
        this.snapshot = snapshot;
        this.template = template;
        this.out = new DocumentBuilder(template);
        Snapshot.Header header = snapshot.header();
        int year = header.year();
        common.put("department", header.name());
        common.put("year", Integer.toString(year));
        common.put("priorYear", Integer.toString(year - 1));
        common.put("basis", template.text("basis." + header.basis().name()));
        common.put("basisShort", template.text("basisShort." + header.basis().name()));
        common.put("parent", header.parent().isEmpty() ? missing("missing.parent") : header.parent());
        common.put("unit", template.unit() == DisplayUnit.YUAN ? "元" : "万元");
        common.put("fiscalLevel", FiscalLevel.of(template.optional("fiscal.level").orElse(FiscalLevel.AUTO),
                header.name(), header.parent()));
    }

    /** The spans of a pattern with the common fields and the given name/value pairs. */
    List<Span> sentence(String key, Object... pairs) {
        return Sentence.fill(key, template.text(key), fields(pairs));
    }

    /** A paragraph of one pattern. */
    void paragraph(String key, Object... pairs) {
        out.paragraph(sentence(key, pairs));
    }

    /** A placeholder for missing text: the template's marker around what {@code missingKey} names. */
    Span missing(String missingKey, Object... pairs) {
        return missingAt(missingKey, missingKey, pairs);
    }

    /**
     * A placeholder worded by {@code missingKey} whose text is entered at {@code place}: the key the draft check
     * finds the field by ({@code readiness/placeholder-fields.properties}, or {@code figure.KEY} for a figure of
     * the schema).
     */
    Span missingAt(String missingKey, String place, Object... pairs) {
        String what = new Block.Paragraph(Sentence.fill(missingKey, template.text(missingKey), fields(pairs))).text();
        String marker = new Block.Paragraph(Sentence.fill("placeholder", template.text("placeholder"),
                Map.of("what", what))).text();
        return Span.placeholder(marker, what, place);
    }

    /** Free text closed as a sentence, or the placeholder followed by 。 when it is blank. */
    List<Span> closedOrMissing(String text, String missingKey, Object... pairs) {
        return closedOrMissingAt(text, missingKey, missingKey, pairs);
    }

    /** {@link #closedOrMissing}, with the placeholder's place given ({@link #missingAt}). */
    List<Span> closedOrMissingAt(String text, String missingKey, String place, Object... pairs) {
        if (text.isBlank()) {
            return List.of(missingAt(missingKey, place, pairs), Span.text("。"));
        }
        return List.of(Span.text(Wording.closed(text)));
    }

    /** Free text to go inside a sentence, or the placeholder when it is blank. */
    List<Span> inlineOrMissing(String text, String missingKey, Object... pairs) {
        return text.isBlank() ? List.of(missing(missingKey, pairs)) : List.of(Span.text(Wording.inline(text)));
    }

    /**
     * The reason for a change: nothing when the figure did not change and no reason was written, the reason in
     * {@code patternKey} when written, a placeholder in it when the figure changed without one.
     */
    List<Span> reason(Change change, String reason, String patternKey, String missingKey) {
        return reasonAt(change, reason, patternKey, missingKey, missingKey);
    }

    /** {@link #reason}, with the placeholder's place given ({@link #missingAt}) and fields for its wording. */
    List<Span> reasonAt(Change change, String reason, String patternKey, String missingKey, String place,
                        Object... pairs) {
        if (reason.isBlank() && !change.changed()) {
            return List.of();
        }
        return sentence(patternKey, "reason", closedOrMissingAt(reason, missingKey, place, pairs));
    }

    /**
     * A comparison's fields: current, prior, change, compare (the wording) and rate (its wording, maybe empty). The
     * wording names the section's comparison basis (上年预算数, 上年决算数…).
     */
    Object[] comparison(Change change, DisclosureSection section) {
        ComparisonBasis basis = snapshot.header().basisOf(section);
        Object[] values = {"current", change.current(), "prior", change.prior(), "change", change.change(),
            "rate", change.rate().orElse(""), "basis", template.text("basis." + basis.name()),
            "basisShort", template.text("basisShort." + basis.name())};
        List<Span> compare = sentence("compare." + change.kind().key(), values);
        List<Span> rate = sentence("rate." + change.kind().key(), values);
        return new Object[] {"current", change.current(), "prior", change.prior(), "change", change.change(),
            "compare", compare, "rate", rate};
    }

    /** The comparison of a figure, rates with the decimals of {@code rateKey}. */
    Change change(Figure figure, String rateKey) {
        return Change.of(figure.current(), figure.prior(), template.integer(rateKey), template.unit());
    }

    /** A functional or economic code's name in the year's catalog (the code itself when unknown). */
    String name(CodeKind kind, String code) {
        return snapshot.catalog().nameOf(kind, code);
    }

    /** Adds a residue paragraph when the rounded parts do not add up to the rounded whole. */
    void residue(List<BigDecimal> parts, BigDecimal whole, String partsKey, String wholeKey, Object... pairs) {
        Residue.of(parts, whole, template.unit()).ifPresent(residue -> paragraph("residue",
                "parts", sentence(partsKey, pairs), "whole", sentence(wholeKey, pairs),
                "sum", residue.sum(), "total", residue.total(), "difference", residue.difference()));
    }

    /** Name/value pairs followed by more pairs. */
    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** An amount in 元 as the region states it: in its unit, trailing zeros dropped. */
    String amount(BigDecimal yuan) {
        return Wording.amount(yuan, template.unit());
    }

    /** Joins parts with the template's separator {@code join.<kind>}. */
    List<Span> join(List<List<Span>> parts, String kind) {
        return Sentence.join(parts, template.text("join." + kind));
    }

    static List<List<Span>> asParts(List<String> texts) {
        List<List<Span>> parts = new ArrayList<>();
        texts.forEach(text -> parts.add(List.of(Span.text(text))));
        return parts;
    }

    private Map<String, Object> fields(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name/value pairs");
        }
        Map<String, Object> fields = new HashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
