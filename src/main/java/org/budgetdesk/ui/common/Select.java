package org.budgetdesk.ui.common;

import java.util.function.Function;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/** Bindings that follow a value inside another value that may itself change (a figure of the viewed unit). */
public final class Select {
    private Select() {
    }

    /** The live value of {@code inner(outer)}: it follows the inner value, and moves to a new one with the outer. */
    public static <A, B> ObjectBinding<B> select(ObservableValue<A> outer, Function<A, ObservableValue<B>> inner) {
        return new ObjectBinding<>() {
            private ObservableValue<B> current;

            {
                bind(outer);
            }

            @Override
            protected B computeValue() {
                A value = outer.getValue();
                ObservableValue<B> next = value == null ? null : inner.apply(value);
                if (next != current) {
                    if (current != null) {
                        unbind(current);
                    }
                    current = next;
                    if (next != null) {
                        bind(next);
                    }
                }
                return next == null ? null : next.getValue();
            }
        };
    }
}
