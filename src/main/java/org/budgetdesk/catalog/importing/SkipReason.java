package org.budgetdesk.catalog.importing;

/** Why a row of an imported list was not taken. */
public enum SkipReason {
    /** Above the first code: a title, a header or a note. */
    HEADER,
    /** Below the first code, but no code in the code columns: a total, a note, a “…” placeholder. */
    NO_CODE,
    /** A 9-digit 目 code: BudgetDesk uses 类, 款 and 项 only. */
    SUB_ITEM,
    /** A code of another classification: revenue (1xx), the other expenditure classification, government economic (5xx). */
    OTHER_CLASSIFICATION,
    /** Digits of a length no level of this classification has. */
    BAD_LENGTH,
    /** A code without a name. */
    NO_NAME,
    /** The same code and name again. */
    DUPLICATE,
    /** The same code again with another name; the first row's name is kept. */
    DUPLICATE_OTHER_NAME
}
