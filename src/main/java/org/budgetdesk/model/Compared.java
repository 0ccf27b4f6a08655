package org.budgetdesk.model;

import java.math.BigDecimal;
import javafx.beans.value.ObservableValue;

/** Any figure that has a current and a prior-year amount, entered or summed. */
public interface Compared {
    ObservableValue<BigDecimal> current();

    /** The prior-year amount; {@code null} when it is not published (未公开), which is not zero. */
    ObservableValue<BigDecimal> prior();

    /** The comparison of current and prior, live. */
    ObservableValue<YearOnYear> yearOnYear();
}
