package org.budgetdesk.ui.review;

import org.budgetdesk.model.Comment;

/** Which comments the list shows, by state. */
public enum StatusFilter {
    ALL, OPEN, RESOLVED;

    boolean accepts(Comment comment) {
        return switch (this) {
            case ALL -> true;
            case OPEN -> !comment.resolved().get();
            case RESOLVED -> comment.resolved().get();
        };
    }
}
