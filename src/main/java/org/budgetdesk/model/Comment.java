package org.budgetdesk.model;

import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A reviewer's remark on a place in the budget (批注): who wrote it, when, the text, and whether it has been
 * resolved. Its target does not change; change the rest through the undoable edits, like any model edit.
 */
public final class Comment {
    private final CommentTarget target;
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ObjectProperty<Instant> time = new SimpleObjectProperty<>(this, "time", Instant.EPOCH);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty resolved = new SimpleBooleanProperty(this, "resolved", false);

    public Comment(CommentTarget target, String author, Instant time, String text) {
        this.target = Objects.requireNonNull(target, "target");
        this.author.set(author == null ? "" : author);
        this.time.set(Objects.requireNonNull(time, "time"));
        this.text.set(text == null ? "" : text);
    }

    /** Where the comment points. */
    public CommentTarget target() {
        return target;
    }

    /** The same comment on another unit's place (its unit moved up when a unit before it was removed). */
    public Comment onUnit(int unitIndex) {
        Comment moved = new Comment(new CommentTarget(target.section(), unitIndex, target.key()), author.get(),
                time.get(), text.get());
        moved.resolved.set(resolved.get());
        return moved;
    }

    public StringProperty author() {
        return author;
    }

    /** When the comment was written. */
    public ObjectProperty<Instant> time() {
        return time;
    }

    public StringProperty text() {
        return text;
    }

    /** Set once the remark has been dealt with. */
    public BooleanProperty resolved() {
        return resolved;
    }
}
