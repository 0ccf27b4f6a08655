package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures a sentence gives in turn to the amounts listed before them: shares (占比分别为60%、40%), changes
 * (分别比上年增加100万元、80万元) or rates (分别增长20%、25%). They are given once the sentence has stated them all, and
 * only to exactly as many amounts — the list they close, or the amounts of their sentence where one more may come
 * first (the whole) — none of which has such a figure yet; otherwise to none, since a figure given to the wrong amount
 * would be a false slip.
 */
final class FiguresInTurn {
    enum Kind { SHARE, CHANGE, RATE }

    private final Kind kind;
    private final int sign;
    private final String whole;
    private final List<Statement> owners;
    private final boolean listed;
    private final List<Figure> figures = new ArrayList<>();

    /**
     * @param sign   the direction the words give a change or rate (1, -1, or 0 for a rate that names none)
     * @param whole  the whole that shares name (占…的), or ""
     * @param owners the amounts listed before the figures, in order
     * @param listed whether {@code owners} is a list the figures close (else the amounts of their sentence)
     */
    FiguresInTurn(Kind kind, int sign, String whole, List<Statement> owners, boolean listed, Figure first) {
        this.kind = kind;
        this.sign = sign;
        this.whole = whole;
        this.owners = List.copyOf(owners);
        this.listed = listed;
        figures.add(first);
    }

    /** Takes {@code figure} as the next of the run when it is of the run's sort (a percentage or an amount). */
    boolean take(Figure figure) {
        if (figure.isPercent() == (kind == Kind.CHANGE)) {
            return false;
        }
        figures.add(figure);
        return true;
    }

    /** Gives the figures to their amounts, in order, when they fit as described above. */
    void give(Sentence sentence) {
        int count = figures.size();
        int extra = owners.size() - count;
        if (count < 2 || extra < 0 || extra > (listed ? 0 : 1)) {
            return;
        }
        List<Statement> to = owners.subList(extra, owners.size());
        if (to.stream().anyMatch(this::hasOne)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            Statement statement = to.get(i);
            Figure figure = figures.get(i);
            switch (kind) {
                case SHARE -> {
                    statement.share = figure;
                    statement.shareWhole = whole;
                }
                case CHANGE -> {
                    statement.change = figure;
                    statement.changeSign = sign;
                }
                case RATE -> {
                    statement.rate = figure;
                    statement.rateSign = sign;
                }
            }
            statement.saidIn(figure, sentence);
        }
    }

    private boolean hasOne(Statement statement) {
        return switch (kind) {
            case SHARE -> statement.share != null;
            case CHANGE -> statement.change != null || statement.flat;
            case RATE -> statement.rate != null;
        };
    }
}
