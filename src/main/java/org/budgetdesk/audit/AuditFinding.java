package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;

/**
 * One slip the audit found: its kind, how serious, where (headings and paragraph), the sentence it quotes, the
 * figure as stated and what was expected. The message comes from the i18n bundles: {@code audit.kind.KIND} (or
 * {@code audit.kind.KIND.variant}) with {0} the stated figure, {1} the expected one and {2}… the details.
 *
 * @param variant which wording of the kind: "" for the plain one, {@code residue} for a rounding residue, …
 */
public record AuditFinding(FindingKind kind, String variant, Severity severity, TextLocation location,
                           String sentence, String stated, String expected, List<String> details) {

    public AuditFinding {
        details = List.copyOf(details);
    }

    /** The explanation of the slip alone: what is stated, what was expected and why. */
    public String explanation(Messages messages) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(stated);
        arguments.add(expected);
        arguments.addAll(details);
        String key = "audit.kind." + kind.name() + (variant.isEmpty() ? "" : "." + variant);
        return messages.format(key, arguments.toArray());
    }

    /** Where it is, in words: the headings and the paragraph. */
    public String where(Messages messages) {
        return location.section().isEmpty()
                ? messages.format("audit.where.paragraph", location.paragraph(), location.line())
                : messages.format("audit.where.section", location.section(), location.paragraph(), location.line());
    }

    /** The full message: where, the quoted sentence, and the explanation. */
    public String message(Messages messages) {
        return messages.format("audit.finding", where(messages), sentence, explanation(messages));
    }
}
