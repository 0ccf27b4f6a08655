package org.budgetdesk.model;

/** The sign of a year-on-year change: 增加 / 减少 / 持平. */
public enum Direction {
    INCREASE, DECREASE, UNCHANGED;

    static Direction of(int signum) {
        return signum > 0 ? INCREASE : signum < 0 ? DECREASE : UNCHANGED;
    }
}
