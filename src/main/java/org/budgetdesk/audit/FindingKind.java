package org.budgetdesk.audit;

/** What a finding of the text audit is about; its message key is {@code audit.kind.NAME}. */
public enum FindingKind {
    /** The parts listed for a total do not add up to it. */
    PARTS_TOTAL,
    /** The parts add up to another total of the text, not to the one they are listed under. */
    WRONG_TOTAL,
    /** A change is not this year's figure minus last year's, or its direction word is the wrong one. */
    CHANGE,
    /** A rate is not the change divided by last year's figure. */
    RATE,
    /** A share is not the part divided by its whole. */
    SHARE,
    /** The shares of one whole do not add up to 100%. */
    SHARES_TOTAL,
    /** A figure is labelled with a year that is not the document's budget year. */
    YEAR,
    /** A number is missing, or a placeholder was left in the text. */
    MISSING_NUMBER,
    /** A figure differs from the project's. */
    PROJECT_FIGURE
}
