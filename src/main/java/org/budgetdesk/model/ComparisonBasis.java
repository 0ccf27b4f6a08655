package org.budgetdesk.model;

/** What the prior-year figures are: 上年预算数 (the usual), 上年决算数 or 上年执行数. */
public enum ComparisonBasis {
    PRIOR_BUDGET, PRIOR_FINAL_ACCOUNTS, PRIOR_EXECUTION
}
