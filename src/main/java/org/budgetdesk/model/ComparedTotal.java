package org.budgetdesk.model;

import javafx.beans.binding.ObjectBinding;

/** A live total of several {@link Compared} figures, current and prior summed separately. */
public final class ComparedTotal implements Compared {
    private final AmountSum current;
    private final AmountSum prior;
    /** Made when first asked for. */
    private ObjectBinding<YearOnYear> yearOnYear;

    public ComparedTotal(String name) {
        current = new AmountSum(name, "current");
        prior = new AmountSum(name, "prior");
    }

    /** Adds a part to both sums. */
    public void add(Compared part) {
        current.add(part.current());
        prior.add(part.prior());
    }

    /** Removes a part from both sums. */
    public void remove(Compared part) {
        current.remove(part.current());
        prior.remove(part.prior());
    }

    @Override
    public AmountSum current() {
        return current;
    }

    @Override
    public AmountSum prior() {
        return prior;
    }

    @Override
    public ObjectBinding<YearOnYear> yearOnYear() {
        if (yearOnYear == null) {
            yearOnYear = Derived.yearOnYear(current, prior);
        }
        return yearOnYear;
    }
}
