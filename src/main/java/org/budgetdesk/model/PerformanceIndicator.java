package org.budgetdesk.model;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * The indicators as one text, a line each, the way a table cell shows them: 产出指标—数量指标—改造多媒体教室数：≥120间
     * (blank levels left out, the value after a colon when there is one).
     */
    public static String lines(List<PerformanceIndicator> indicators) {
        return indicators.stream().map(indicator -> {
            String levels = Stream.of(indicator.level1.get(), indicator.level2.get(), indicator.level3.get())
                    .filter(level -> !level.isBlank()).collect(Collectors.joining("—"));
            return indicator.value.get().isBlank() ? levels : levels + "：" + indicator.value.get();
        }).collect(Collectors.joining("\n"));
    }
}
