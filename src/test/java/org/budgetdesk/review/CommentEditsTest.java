package org.budgetdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.undo.Edits;
import org.budgetdesk.undo.UndoManager;
import org.junit.jupiter.api.Test;

/** Comments change only through undoable edits, like every other part of the model. */
class CommentEditsTest {
    private final Department department = new Department("某局", 2021);
    private final UndoManager undo = new UndoManager();
    private final CommentTarget income =
            new CommentTarget(DisclosureSection.INCOME, 0, "GENERAL_PUBLIC_BUDGET.current");

    private Comment comment(String text) {
        return new Comment(income, "li", Instant.parse("2021-01-05T09:00:00Z"), text);
    }

    @Test
    void addEditResolveAndDeleteAreEachOneUndoStep() {
        Comment first = comment("偏高");
        Comment second = comment("再核");
        undo.execute(Edits.addComment(department, first));
        undo.execute(Edits.addComment(department, second));
        undo.execute(Edits.editComment(first, "偏高，请说明"));
        undo.execute(Edits.resolveComment(first, true));
        undo.execute(Edits.deleteComment(department, first));
        assertThat(department.comments()).containsExactly(second);
        assertThat(undo.unsavedProperty().get()).isTrue();

        undo.undo();
        assertThat(department.comments()).containsExactly(first, second);
        assertThat(first.resolved().get()).isTrue();
        undo.undo();
        assertThat(first.resolved().get()).isFalse();
        undo.undo();
        assertThat(first.text().get()).isEqualTo("偏高");
        undo.undo();
        undo.undo();
        assertThat(department.comments()).isEmpty();
        assertThat(undo.unsavedProperty().get()).isFalse();

        undo.redo();
        undo.redo();
        undo.redo();
        assertThat(department.comments()).containsExactly(first, second);
        assertThat(first.text().get()).isEqualTo("偏高，请说明");
    }

    @Test
    void deletingAForeignCommentFails() {
        assertThatThrownBy(() -> undo.execute(Edits.deleteComment(department, comment("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsKnowTheirLineFieldAndWhatTheyLieWithin() {
        CommentTarget cell =
                new CommentTarget(DisclosureSection.FUNCTIONAL, 1, "2080101/GENERAL_PUBLIC_BUDGET.personnel");

        assertThat(cell.line()).isEqualTo("2080101/GENERAL_PUBLIC_BUDGET");
        assertThat(cell.field()).isEqualTo("personnel");
        assertThat(cell.isWithin(cell.wholeLine())).isTrue();
        assertThat(cell.isWithin(CommentTarget.wholeSection(DisclosureSection.FUNCTIONAL, 1))).isTrue();
        assertThat(cell.isWithin(CommentTarget.wholeSection(DisclosureSection.FUNCTIONAL, 0))).isFalse();
        assertThat(cell.isWithin(new CommentTarget(DisclosureSection.FUNCTIONAL, 1, "2080101/GENERAL"))).isFalse();
        assertThat(cell.wholeLine().field()).isEmpty();
        assertThatThrownBy(() -> new CommentTarget(DisclosureSection.OTHER, -2, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
