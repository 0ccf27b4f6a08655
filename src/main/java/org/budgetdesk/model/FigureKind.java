package org.budgetdesk.model;

/** What one figure of the schema holds. */
public enum FigureKind {
    /** A {@link ComparedAmount}: this year's amount, last year's (or 未公开) and the reason for the change. */
    COMPARED,
    /** One amount in 元. */
    AMOUNT,
    /** A count (vehicles, items of equipment). */
    COUNT,
    /** A text. */
    TEXT
}
