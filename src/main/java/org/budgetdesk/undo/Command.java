package org.budgetdesk.undo;

/** One undoable model edit. {@link #execute()} may be called again after {@link #undo()} (redo). */
public interface Command {
    void execute();

    void undo();

    /** What the edit did, for the Undo/Redo menu items; a message key or plain text. */
    String description();

    /** A command from two actions. */
    static Command of(String description, Runnable execute, Runnable undo) {
        return new Command() {
            @Override
            public void execute() {
                execute.run();
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** The same edit, described as {@code text} (plain text that names what changed, e.g. the cell). */
    static Command named(Command command, String text) {
        return new Command() {
            @Override
            public void execute() {
                command.execute();
            }

            @Override
            public void undo() {
                command.undo();
            }

            @Override
            public String description() {
                return text;
            }
        };
    }
}
