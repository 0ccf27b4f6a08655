package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of spending by economic 款 code (部门预算支出经济分类): basic expenditure, current and prior, and — where the
 * tables classify all spending (Sichuan 表2-1) — the project expenditure of the same 款. What 政府性基金, 国有资本经营
 * and the unit's other money pay of this year's basic expenditure is entered too ({@link #entered}); the rest is
 * 一般公共预算 ({@link #share}), so a unit whose basic expenditure is all 一般公共预算 enters nothing more.
 */
public final class EconomicLine implements Compared {
    private final String itemCode;
    private final ObjectProperty<BigDecimal> current = new SimpleObjectProperty<>(this, "current", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(this, "prior", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> project = new SimpleObjectProperty<>(this, "project", Amounts.ZERO);
    /** Made when first asked for: a large budget has a hundred thousand lines, and views read a few. */
    private ObjectBinding<YearOnYear> yearOnYear;
    /** What the funds other than 一般公共预算 pay of this year's basic expenditure, as entered. */
    private final Map<Fund, ObjectProperty<BigDecimal>> funds = new EnumMap<>(Fund.class);

    public EconomicLine(String itemCode) {
        if (itemCode == null || itemCode.length() != 5 || !itemCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a 5-digit economic item code: " + itemCode);
        }
        this.itemCode = itemCode;
        for (Fund fund : Fund.values()) {
            if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                funds.put(fund, new SimpleObjectProperty<>(this, "fund." + fund, Amounts.ZERO));
            }
        }
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

    /**
     * What one fund other than 一般公共预算 pays of this 款's basic expenditure this year, as entered.
     *
     * @throws IllegalArgumentException for 一般公共预算, whose share is what the others leave
     */
    public ObjectProperty<BigDecimal> entered(Fund fund) {
        ObjectProperty<BigDecimal> amount = funds.get(fund);
        if (amount == null) {
            throw new IllegalArgumentException("the 一般公共预算 share of an economic line is what the other funds leave");
        }
        return amount;
    }

    /**
     * What one fund pays of this 款's basic expenditure this year: as entered, or for 一般公共预算 the current amount
     * less what the others pay — negative when they were given more than the line holds (X7 reports it).
     */
    public BigDecimal share(Fund fund) {
        if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
            return entered(fund).get();
        }
        BigDecimal left = current.get();
        for (ObjectProperty<BigDecimal> other : funds.values()) {
            left = left.subtract(other.get());
        }
        return left;
    }

    /** True when a fund other than 一般公共预算 pays part of this line. */
    public boolean isSplit() {
        return funds.values().stream().anyMatch(amount -> amount.get().signum() != 0);
    }
}
