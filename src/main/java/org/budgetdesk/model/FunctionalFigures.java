package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.value.ObservableValue;

/** The figures of a functional line or of a 款, 类 or total above it. */
public interface FunctionalFigures {
    ObservableValue<BigDecimal> personnel();

    ObservableValue<BigDecimal> publicCosts();

    ObservableValue<BigDecimal> project();

    /** The prior-year total. */
    ObservableValue<BigDecimal> prior();

    /** 基本支出 = 人员经费 + 公用经费. */
    ObservableValue<BigDecimal> basic();

    /** 合计 = 基本支出 + 项目支出. */
    ObservableValue<BigDecimal> total();
}
