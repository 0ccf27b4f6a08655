package org.budgetdesk.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of a performance target table (绩效指标): 一级指标 (产出, 效益, 满意度…), 二级指标 (数量, 质量, 时效, 成本…),
 * 三级指标 (the indicator itself) and 指标值 (its target value, as published: “≥95%”, “300人”).
 */
public final class PerformanceIndicator {
    private final StringProperty level1 = new SimpleStringProperty(this, "level1", "");
    private final StringProperty level2 = new SimpleStringProperty(this, "level2", "");
    private final StringProperty level3 = new SimpleStringProperty(this, "level3", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    /** 一级指标. */
    public StringProperty level1() {
        return level1;
    }

    /** 二级指标. */
    public StringProperty level2() {
        return level2;
    }

    /** 三级指标. */
    public StringProperty level3() {
        return level3;
    }

    /** 指标值. */
    public StringProperty value() {
        return value;
    }
}
