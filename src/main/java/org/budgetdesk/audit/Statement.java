package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sentence says about one amount: its label, the year and basis it is labelled with, and what is said with
 * it — the prior-year figure, the change (with its direction), the rate, the share, or that it is unchanged.
 * Built by {@link StatementParser}; read by the rules.
 */
public final class Statement {
    final Sentence sentence;
    final Figure current;
    final String label;
    final String rawLabel;
    final int year;
    final boolean budgetBasis;
    final int depth;

    Figure prior;
    int priorYear;
    boolean priorBudgetBasis;
    Figure change;
    /** +1 增加, −1 减少, 0 unknown. */
    int changeSign;
    boolean flat;
    Figure rate;
    int rateSign;
    Figure share;
    String shareWhole = "";
    /** The total this is listed under (其中…, a bracket after the total), or null. */
    Statement parent;
    boolean inBrackets;
    final List<Statement> children = new ArrayList<>();
    /** The sentence of a figure said about this statement in a later sentence (与2021年相比，…增加920.50万元). */
    private final java.util.Map<Figure, Sentence> elsewhere = new java.util.HashMap<>();

    Statement(Sentence sentence, Figure current, String label, String rawLabel, int year, boolean budgetBasis,
              int depth) {
        this.sentence = sentence;
        this.current = current;
        this.label = label;
        this.rawLabel = rawLabel;
        this.year = year;
        this.budgetBasis = budgetBasis;
        this.depth = depth;
    }

    public Figure current() {
        return current;
    }

    /** The cleaned label: 社会保障和就业支出, 基本支出, 三公经费预算数 → 三公经费. */
    public String label() {
        return label;
    }

    public Sentence sentence() {
        return sentence;
    }

    public Paragraph paragraph() {
        return sentence.paragraph();
    }

    /** Notes that a figure said about this statement stands in another sentence. */
    void saidIn(Figure figure, Sentence other) {
        if (other != sentence) {
            elsewhere.put(figure, other);
        }
    }

    /** The sentence a figure of this statement stands in. */
    Sentence sentenceOf(Figure figure) {
        return elsewhere.getOrDefault(figure, sentence);
    }

    boolean hasComparison() {
        return prior != null || change != null || rate != null || flat;
    }

    @Override
    public String toString() {
        return label + "=" + current.shown() + (prior == null ? "" : " prior " + prior.shown())
                + (change == null ? "" : " change " + (changeSign < 0 ? "-" : "+") + change.shown())
                + (rate == null ? "" : " rate " + (rateSign < 0 ? "-" : "+") + rate.shown())
                + (share == null ? "" : " share " + share.shown() + (shareWhole.isEmpty() ? "" : " of " + shareWhole))
                + (flat ? " flat" : "") + (year == 0 ? "" : " year " + year);
    }
}
