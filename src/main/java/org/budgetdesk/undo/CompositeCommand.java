package org.budgetdesk.undo;

import java.util.List;

/** Several commands as one undo step, e.g. a pasted block: executed in order, undone in reverse. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> commands;

    public CompositeCommand(String description, List<Command> commands) {
        this.description = description;
        this.commands = List.copyOf(commands);
    }

    @Override
    public void execute() {
        commands.forEach(Command::execute);
    }

    @Override
    public void undo() {
        for (int i = commands.size() - 1; i >= 0; i--) {
            commands.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }

    /** The commands, in execution order. */
    public List<Command> commands() {
        return commands;
    }
}
