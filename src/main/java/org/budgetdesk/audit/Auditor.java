package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetdesk.model.Department;

/**
 * The text audit: reads a budget explanation written by anyone (any region's phrasing, 万元 or 元, any decimals) and
 * reports the slips in its own arithmetic — parts against totals, changes, rates, shares, years, missing numbers —
 * and, given the project, every identifiable figure that differs from it. Rounding-aware: a relation holds when
 * some exact values that round (half-up) to the printed figures satisfy it. Stateless and thread-safe.
 */
public final class Auditor {
    private final AuditPatterns patterns;

    public Auditor() {
        this(AuditPatterns.standard());
    }

    public Auditor(AuditPatterns patterns) {
        this.patterns = patterns;
    }

    /** Audits a text on its own. */
    public AuditReport audit(String text) {
        return audit(text, (ProjectFigures) null);
    }

    /** Audits a text, and against a project when {@code project} is not null. Reads the model when given one. */
    public AuditReport audit(String text, Department project) {
        return audit(text, project == null ? null : ProjectFigures.of(project));
    }

    /** Audits a text, and against a project's figures (copied on its thread) when not null; any thread. */
    public AuditReport audit(String text, ProjectFigures project) {
        TextDocument document = new DocumentParser(patterns).parse(text);
        TextParser parser = new TextParser(patterns);
        ParsedText parsed = parser.parse(document);
        AuditContext context = new AuditContext(parsed, parser.labels(), new Cues(patterns), parser.compositions());
        List<AuditRule> rules = new ArrayList<>(List.of(new MissingNumberRule(), new SumRule(),
                new ClassItemRule(new ClassNames(document.budgetYear())), new ChangeRule(), new RateRule(),
                new ShareRule(), new YearRule()));
        if (project != null) {
            rules.add(new ProjectRule(project));
        }
        for (AuditRule rule : rules) {
            rule.check(context);
        }
        return new AuditReport(document.budgetYear(), document.paragraphs().size(), parsed.statements().size(),
                ordered(context.findings));
    }

    private static List<AuditFinding> ordered(List<AuditFinding> findings) {
        Set<AuditFinding> unique = new LinkedHashSet<>(findings);
        List<AuditFinding> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparingInt((AuditFinding finding) -> finding.location().paragraph())
                .thenComparing(AuditFinding::kind));
        return sorted;
    }
}
