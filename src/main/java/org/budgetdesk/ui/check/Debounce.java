package org.budgetdesk.ui.check;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once things have settled: every request restarts the wait, so a burst of edits (a paste, typing
 * through a column) runs the checks once, after the last one.
 */
@FunctionalInterface
public interface Debounce {
    /** Asks for {@code action} to run after the wait; a request before then replaces this one. */
    void request(Runnable action);

    /** A {@link PauseTransition} of this length, restarted on every request (on the JavaFX thread). */
    static Debounce pause(Duration delay) {
        PauseTransition pause = new PauseTransition(delay);
        return action -> {
            pause.setOnFinished(event -> action.run());
            pause.playFromStart();
        };
    }

    /** No wait at all: the action runs at once (for tools and tests). */
    static Debounce immediate() {
        return Runnable::run;
    }
}
