package org.budgetdesk.model;

/**
 * The parts of a budget a reviewer points at, one per workbench tab: 概况, 收入, 一般公共预算支出, 基本支出,
 * “三公”经费 and 机关运行经费及其他. Comments and draft comparisons name their place by one of these.
 */
public enum DisclosureSection {
    /** The department, its units, their functions, key tasks and the appropriation purpose. */
    OVERVIEW,
    /** Income by funding source. */
    INCOME,
    /** Functional spending lines (类/款/项) and custom functional codes. */
    FUNCTIONAL,
    /** Basic spending by economic classification and custom economic codes. */
    ECONOMIC,
    /** “三公”经费. */
    THREE_PUBLIC,
    /** 机关运行经费, procurement, assets and performance projects. */
    OTHER
}
