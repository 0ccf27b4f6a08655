package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One functional spending line: a 项 code and a funding source, with 人员经费, 公用经费 and 项目支出 entered, the
 * prior-year total and the purpose text. 基本支出 and 合计 are live sums.
 */
public final class FunctionalLine implements FunctionalFigures, Compared {
    private final String itemCode;
    private final FundingSource source;
    private final ObjectProperty<BigDecimal> personnel = new SimpleObjectProperty<>(this, "personnel", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> publicCosts = new SimpleObjectProperty<>(this, "publicCosts", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> project = new SimpleObjectProperty<>(this, "project", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(this, "prior", Amounts.ZERO);
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final AmountSum basic = AmountSum.of("basic", personnel, publicCosts);
    private final AmountSum total = AmountSum.of("total", basic, project);
    /** Made when first asked for: a large budget has a hundred thousand lines, and views read a few. */
    private ObjectBinding<YearOnYear> yearOnYear;

    public FunctionalLine(String itemCode, FundingSource source) {
        this.itemCode = FunctionalCodes.requireItem(itemCode);
        this.source = Objects.requireNonNull(source);
    }

    public FunctionalLine(String itemCode) {
        this(itemCode, FundingSource.GENERAL_PUBLIC_BUDGET);
    }

    /** The 7-digit 项 code. */
    public String itemCode() {
        return itemCode;
    }

    public FundingSource source() {
        return source;
    }

    /** The identity of this line within a unit. */
    public LineKey key() {
        return new LineKey(itemCode, source);
    }

    @Override
    public ObjectProperty<BigDecimal> personnel() {
        return personnel;
    }

    @Override
    public ObjectProperty<BigDecimal> publicCosts() {
        return publicCosts;
    }

    @Override
    public ObjectProperty<BigDecimal> project() {
        return project;
    }

    @Override
    public ObjectProperty<BigDecimal> prior() {
        return prior;
    }

    /** What the money is for, as the explanation states it (主要用于…). */
    public StringProperty purpose() {
        return purpose;
    }

    @Override
    public AmountSum basic() {
        return basic;
    }

    @Override
    public AmountSum total() {
        return total;
    }

    @Override
    public AmountSum current() {
        return total;
    }

    @Override
    public ObjectBinding<YearOnYear> yearOnYear() {
        if (yearOnYear == null) {
            yearOnYear = Derived.yearOnYear(total, prior);
        }
        return yearOnYear;
    }

    /**
     * (项 code, funding source): a functional line's identity. Its equals and hashCode are written out: a record's
     * own are made at run time on first use (method handles no class-data archive holds), and every file read uses
     * these first, to key its lines.
     */
    public record LineKey(String itemCode, FundingSource source) {
        @Override
        public boolean equals(Object other) {
            return other instanceof LineKey key && Objects.equals(itemCode, key.itemCode) && source == key.source;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(itemCode) + Objects.hashCode(source);
        }
    }
}
