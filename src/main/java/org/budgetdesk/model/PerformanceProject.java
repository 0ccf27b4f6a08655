package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A project with performance targets (绩效目标): name, functional 项 code, amount and goals. */
public final class PerformanceProject {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty functionalCode = new SimpleStringProperty(this, "functionalCode", "");
    private final ObjectProperty<BigDecimal> amount = new SimpleObjectProperty<>(this, "amount", Amounts.ZERO);
    private final StringProperty goals = new SimpleStringProperty(this, "goals", "");
    private final ObservableList<PerformanceIndicator> indicators = FXCollections.observableArrayList();

    public StringProperty name() {
        return name;
    }

    /** The 项 code the project is budgeted under. */
    public StringProperty functionalCode() {
        return functionalCode;
    }

    public ObjectProperty<BigDecimal> amount() {
        return amount;
    }

    /** The goals, as free text. */
    public StringProperty goals() {
        return goals;
    }

    /** The indicators (一级/二级/三级指标, 指标值), in table order. Change them through the edits. */
    public ObservableList<PerformanceIndicator> indicators() {
        return indicators;
    }
}
