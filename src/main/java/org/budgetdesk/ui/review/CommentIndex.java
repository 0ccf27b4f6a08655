package org.budgetdesk.ui.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableList;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;

/**
 * Which places of the open project have open (unresolved) comments, for views that mark commented cells. Follows
 * the document: another project opened, comments added, resolved, reopened or deleted. A sheet asks
 * {@link #hasOpenCommentWithin} for a row or a cell and listens to {@link #versionProperty()} (or binds
 * {@link #openCommentBinding}) to redraw when the answer may have changed.
 */
public final class CommentIndex {
    private final Document document;
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version", 0);
    private final Map<CommentTarget, Integer> open = new HashMap<>();
    private final List<Comment> watched = new ArrayList<>();
    private final InvalidationListener changed = observable -> rebuild();
    private final InvalidationListener departmentChanged = observable -> follow();
    private ObservableList<Comment> comments;

    public CommentIndex(Document document) {
        this.document = document;
        document.departmentProperty().addListener(new WeakInvalidationListener(departmentChanged));
        follow();
    }

    /** True when an open comment points exactly at this place. */
    public boolean hasOpenComment(CommentTarget target) {
        return open.containsKey(target);
    }

    /** True when an open comment points at this place or inside it: a field of this line, a line of this section. */
    public boolean hasOpenCommentWithin(CommentTarget area) {
        if (open.containsKey(area)) {
            return true;
        }
        return open.keySet().stream().anyMatch(target -> target.isWithin(area));
    }

    /** How many comments are open. */
    public int openCount() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Changes whenever the set of open comments may have changed. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** A live answer to {@link #hasOpenCommentWithin} for one place. */
    public BooleanBinding openCommentBinding(CommentTarget area) {
        return Bindings.createBooleanBinding(() -> hasOpenCommentWithin(area), version);
    }

    private void follow() {
        if (comments != null) {
            comments.removeListener(changed);
        }
        Department department = document.department();
        comments = department == null ? null : department.comments();
        if (comments != null) {
            comments.addListener(changed);
        }
        rebuild();
    }

    private void rebuild() {
        watched.forEach(comment -> comment.resolved().removeListener(changed));
        watched.clear();
        open.clear();
        if (comments != null) {
            for (Comment comment : comments) {
                watched.add(comment);
                comment.resolved().addListener(changed);
                if (!comment.resolved().get()) {
                    open.merge(comment.target(), 1, Integer::sum);
                }
            }
        }
        version.set(version.get() + 1);
    }
}
