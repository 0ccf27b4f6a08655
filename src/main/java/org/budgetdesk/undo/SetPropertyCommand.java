package org.budgetdesk.undo;

import java.util.Objects;
import javafx.beans.property.Property;

/** Sets one property; undo restores the value it had when the command was made. */
public final class SetPropertyCommand<T> implements Command {
    private final Property<T> property;
    private final T oldValue;
    private final T newValue;
    private final String description;

    public SetPropertyCommand(Property<T> property, T newValue, String description) {
        this.property = Objects.requireNonNull(property);
        this.oldValue = property.getValue();
        this.newValue = newValue;
        this.description = description;
    }

    @Override
    public void execute() {
        property.setValue(newValue);
    }

    @Override
    public void undo() {
        property.setValue(oldValue);
    }

    @Override
    public String description() {
        return description;
    }
}
