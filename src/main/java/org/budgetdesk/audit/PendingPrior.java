package org.budgetdesk.audit;

/**
 * A prior-year figure stated before the amount it belongs to, held until that amount comes: one labelled with an
 * earlier year (2020年预算数…万元，2021年预算数…万元), which goes to the next amount, or one labelled 上年 (上年收入预算为800万元，
 * 本年收入预算为860万元), which goes only to the next amount named alike. Unclaimed at the sentence's end, it is a
 * statement of its own.
 *
 * @param named whether it goes only to an amount named alike
 */
record PendingPrior(Figure figure, int year, String rawLabel, boolean budgetBasis, boolean named) {

    /** Whether it is the prior-year figure of an amount with this cleaned label. */
    boolean fits(String label, Labels labels, Cues cues) {
        if (!named) {
            return true;
        }
        // the two name the same amount when one ends with the other once the prior-year words are gone
        String prior = labels.clean(cues.priorLabel.matcher(rawLabel).replaceAll(""));
        return !prior.isEmpty() && !label.isEmpty() && (prior.endsWith(label) || label.endsWith(prior));
    }

    void giveTo(Statement statement) {
        statement.prior = figure;
        statement.priorYear = year;
        statement.priorBudgetBasis = budgetBasis;
    }

    /** The statement it makes when no amount claimed it. */
    Statement alone(Sentence sentence, Labels labels) {
        return new Statement(sentence, figure, labels.clean(rawLabel), rawLabel, year, budgetBasis, 0);
    }
}
