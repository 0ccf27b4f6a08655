package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An entered figure with its prior-year amount and the reason for its change (an income source, a “三公” part…). */
public final class ComparedAmount implements Compared {
    private final ObjectProperty<BigDecimal> current = new SimpleObjectProperty<>(this, "current", Amounts.ZERO);
    private final ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(this, "prior", Amounts.ZERO);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    /** Made when first asked for: most figures are never compared on screen. */
    private ObjectBinding<YearOnYear> yearOnYear;

    @Override
    public ObjectProperty<BigDecimal> current() {
        return current;
    }

    @Override
    public ObjectProperty<BigDecimal> prior() {
        return prior;
    }

    /** Why the figure changed from the prior year, in the user's words. */
    public StringProperty reason() {
        return reason;
    }

    @Override
    public ObjectBinding<YearOnYear> yearOnYear() {
        if (yearOnYear == null) {
            yearOnYear = Derived.yearOnYear(current, prior);
        }
        return yearOnYear;
    }
}
