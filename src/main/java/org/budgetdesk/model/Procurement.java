package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** 政府采购 budget: goods, works and services; the total is live, and zero means no procurement is planned. */
public final class Procurement {
    private final ObjectProperty<BigDecimal> goods = new SimpleObjectProperty<>(this, "goods", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> works = new SimpleObjectProperty<>(this, "works", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> services = new SimpleObjectProperty<>(this, "services", Amounts.ZERO);
    private final AmountSum total = AmountSum.of("procurement.total", goods, works, services);

    /** 货物. */
    public ObjectProperty<BigDecimal> goods() {
        return goods;
    }

    /** 工程. */
    public ObjectProperty<BigDecimal> works() {
        return works;
    }

    /** 服务. */
    public ObjectProperty<BigDecimal> services() {
        return services;
    }

    /** goods + works + services. */
    public AmountSum total() {
        return total;
    }

    /** True when nothing is planned (未安排政府采购预算). */
    public boolean isNone() {
        return total.get().signum() == 0;
    }
}
