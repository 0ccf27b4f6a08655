package org.budgetdesk.model;

/** What a vehicle in the state-asset count is used for. The categories are [verify] in REFERENCE. */
public enum VehicleUse {
    /** 一般公务用车. */
    GENERAL_OFFICIAL,
    /** 执法执勤用车. */
    LAW_ENFORCEMENT,
    /** 特种专业技术用车. */
    SPECIAL_PURPOSE,
    /** 其他用车. */
    OTHER
}
