package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.check.Severity;
import org.budgetdesk.format.Numbers;

/** What the rules share while auditing one text: what was read, how to read figures, and the findings so far. */
final class AuditContext {
    private static final int QUOTE_MAX = 120;
    final ParsedText parsed;
    final Precision precision;
    final Labels labels;
    final Cues cues;
    final java.util.Map<String, List<String>> compositions;
    final List<AuditFinding> findings = new ArrayList<>();

    AuditContext(ParsedText parsed, Labels labels, Cues cues, java.util.Map<String, List<String>> compositions) {
        this.parsed = parsed;
        this.precision = Precision.of(parsed);
        this.labels = labels;
        this.cues = cues;
        this.compositions = compositions;
    }

    Interval amount(Figure figure) {
        return precision.amount(figure);
    }

    /** Sum of the printed amounts, in 元. */
    static BigDecimal printedSum(List<Statement> statements) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Statement statement : statements) {
            sum = sum.add(statement.current.base());
        }
        return sum;
    }

    static Interval sum(AuditContext context, List<Statement> statements) {
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (Statement statement : statements) {
            sum = sum.plus(context.amount(statement.current));
        }
        return sum;
    }

    /** An amount in 元 shown in the unit of {@code like}, with the decimals of the figures it comes from. */
    static String shown(BigDecimal yuan, Figure like, int scale) {
        BigDecimal value = yuan.divide(like.factor()).setScale(scale, RoundingMode.HALF_UP);
        return Numbers.trim(value) + like.unit();
    }

    static String shownPercent(BigDecimal percent, int scale) {
        return Numbers.trim(percent.setScale(scale, RoundingMode.HALF_UP)) + "%";
    }

    static int maxScale(List<Figure> figures) {
        int scale = 0;
        for (Figure figure : figures) {
            if (figure != null) {
                scale = Math.max(scale, figure.scale());
            }
        }
        return scale;
    }

    void add(FindingKind kind, String variant, Severity severity, Statement statement, Figure figure,
             String stated, String expected, String... details) {
        Sentence sentence = figure == null ? statement.sentence : statement.sentenceOf(figure);
        findings.add(new AuditFinding(kind, variant, severity, TextLocation.of(sentence.paragraph()),
                quote(sentence, figure), stated, expected, List.of(details)));
    }

    /** The sentence as written; a long one is cut to the part around the figure (its ；-clause, or a window). */
    static String quote(Sentence sentence, Figure figure) {
        String text = sentence.text().strip();
        if (text.length() <= QUOTE_MAX || figure == null) {
            return text.length() <= QUOTE_MAX * 2 ? text : text.substring(0, QUOTE_MAX * 2) + "…";
        }
        String raw = sentence.text();
        int start = raw.lastIndexOf('；', figure.start()) + 1;
        int end = raw.indexOf('；', figure.end());
        end = end < 0 ? raw.length() : end + 1;
        if (end - start > QUOTE_MAX) {
            start = Math.max(start, figure.start() - QUOTE_MAX / 2);
            end = Math.min(end, figure.end() + QUOTE_MAX / 2);
        }
        return (start > 0 ? "…" : "") + raw.substring(start, end).strip() + (end < raw.length() ? "…" : "");
    }
}
