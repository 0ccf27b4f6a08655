package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of spending by economic 款 code (部门预算支出经济分类): basic expenditure, current and prior, and — where the
 * tables classify all spending (Sichuan 表2-1) — the project expenditure of the same 款.
 */
public final class EconomicLine implements Compared {
    private final String itemCode;
    private final ObjectProperty<BigDecimal> current = new SimpleObjectProperty<>(this, "current", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(this, "prior", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> project = new SimpleObjectProperty<>(this, "project", Amounts.ZERO);
    /** Made when first asked for: a large budget has a hundred thousand lines, and views read a few. */
    private ObjectBinding<YearOnYear> yearOnYear;

    public EconomicLine(String itemCode) {
        if (itemCode == null || itemCode.length() != 5 || !itemCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a 5-digit economic item code: " + itemCode);
        }
        this.itemCode = itemCode;
    }

    /** The 5-digit 款 code, e.g. 30101. */
    public String itemCode() {
        return itemCode;
    }

    /** The 3-digit class, e.g. 301. */
    public String classCode() {
        return itemCode.substring(0, 3);
    }

    @Override
    public ObjectProperty<BigDecimal> current() {
        return current;
    }

    @Override
    public ObjectProperty<BigDecimal> prior() {
        return prior;
    }

    /** Project expenditure (项目支出) of this 款, this year; zero where the project is not classified. */
    public ObjectProperty<BigDecimal> project() {
        return project;
    }

    @Override
    public ObjectBinding<YearOnYear> yearOnYear() {
        if (yearOnYear == null) {
            yearOnYear = Derived.yearOnYear(current, prior);
        }
        return yearOnYear;
    }
}
