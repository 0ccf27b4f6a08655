package org.budgetdesk.model;

/** The kind of a department, which decides for instance whether 机关运行经费 applies. */
public enum DepartmentKind {
    /** 行政单位. */
    ADMINISTRATIVE,
    /** 参照公务员法管理的事业单位. */
    CIVIL_SERVICE_MANAGED_INSTITUTION,
    /** 事业单位. */
    PUBLIC_INSTITUTION
}
