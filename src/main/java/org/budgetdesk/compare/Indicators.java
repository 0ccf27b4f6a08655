package org.budgetdesk.compare;

import java.util.List;
import java.util.stream.Collectors;
import org.budgetdesk.model.PerformanceIndicator;

/** Performance indicators as one text to compare: a line per indicator, “一级 / 二级 / 三级 / 指标值”. */
final class Indicators {
    private Indicators() {
    }

    static String text(List<PerformanceIndicator> indicators) {
        return indicators.stream()
                .map(row -> String.join(" / ", row.level1().get(), row.level2().get(), row.level3().get(),
                        row.value().get()))
                .collect(Collectors.joining("\n"));
    }
}
