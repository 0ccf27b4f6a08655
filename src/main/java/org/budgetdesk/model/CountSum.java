package org.budgetdesk.model;

import javafx.beans.property.ReadOnlyIntegerPropertyBase;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;

/**
 * A live total of some counts (vehicles, equipment), kept by deltas as {@link AmountSum} keeps amounts: adding a
 * unit to the department adds one part, rather than binding the total anew over every unit.
 */
final class CountSum extends ReadOnlyIntegerPropertyBase {
    private final ChangeListener<Number> onPartChanged =
            (obs, before, after) -> move(after.intValue() - before.intValue());
    private int total;

    void add(ObservableIntegerValue part) {
        part.addListener(onPartChanged);
        move(part.get());
    }

    void remove(ObservableIntegerValue part) {
        part.removeListener(onPartChanged);
        move(-part.get());
    }

    private void move(int delta) {
        if (delta != 0) {
            total += delta;
            fireValueChangedEvent();
        }
    }

    @Override
    public int get() {
        return total;
    }

    @Override
    public Object getBean() {
        return null;
    }

    @Override
    public String getName() {
        return "consolidated count";
    }
}
