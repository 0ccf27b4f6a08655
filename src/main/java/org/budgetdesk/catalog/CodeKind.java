package org.budgetdesk.catalog;

/**
 * The two classifications a budget line is coded with.
 */
public enum CodeKind {
    /** 支出功能分类: what the money is for (类 / 款 / 项, codes of 3, 5 or 7 digits). */
    FUNCTIONAL,
    /** 部门预算支出经济分类: what the money is spent on (类 / 款, codes of 3 or 5 digits). */
    ECONOMIC
}
