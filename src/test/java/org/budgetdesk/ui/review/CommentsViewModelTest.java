package org.budgetdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;

class CommentsViewModelTest {
    private static final Instant NOW = Instant.parse("2021-03-01T08:30:00Z");
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final Document document = new Document(sample(), null);
    private final CommentsViewModel model =
            new CommentsViewModel(document, messages, Clock.fixed(NOW, ZoneOffset.UTC));
    private final CommentTarget personnel = new CommentTarget(DisclosureSection.FUNCTIONAL, 0,
            "2080101/GENERAL_PUBLIC_BUDGET.personnel");

    private static Department sample() {
        try {
            return SampleProject.load();
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private Comment add(CommentTarget target, String text) {
        model.newTargetProperty().set(target);
        return model.add("李审核", text);
    }

    @Test
    void addingPutsAnUndoableCommentWithAuthorAndTimeAtTheChosenPlace() {
        Comment comment = add(personnel, "  人员经费偏高  ");

        assertThat(document.department().comments()).containsExactly(comment);
        assertThat(comment.target()).isEqualTo(personnel);
        assertThat(comment.author().get()).isEqualTo("李审核");
        assertThat(comment.time().get()).isEqualTo(NOW);
        assertThat(comment.text().get()).isEqualTo("人员经费偏高");
        assertThat(document.undoManager().unsavedProperty().get()).isTrue();
        assertThat(model.add("x", "   ")).isNull();

        document.undoManager().undo();
        assertThat(document.department().comments()).isEmpty();
        assertThat(model.shown()).isEmpty();
    }

    @Test
    void filtersByStateAndSection() {
        Comment open = add(personnel, "偏高");
        Comment done = add(CommentTarget.wholeSection(DisclosureSection.INCOME, 0), "已看");
        model.resolve(done, true);

        assertThat(model.shown()).containsExactly(open, done);
        model.statusFilterProperty().set(StatusFilter.OPEN);
        assertThat(model.shown()).containsExactly(open);
        model.statusFilterProperty().set(StatusFilter.RESOLVED);
        assertThat(model.shown()).containsExactly(done);
        model.statusFilterProperty().set(StatusFilter.ALL);
        model.sectionFilterProperty().set(DisclosureSection.FUNCTIONAL);
        assertThat(model.shown()).containsExactly(open);
        model.sectionFilterProperty().set(null);

        model.delete(open);
        assertThat(model.shown()).containsExactly(done);
    }

    @Test
    void placesAreNamedBySectionUnitAndLine() {
        assertThat(model.place(personnel))
                .isEqualTo("一般公共预算支出 · 乐山市社会保险事务中心 · 2080101 行政运行 · 人员经费");
        assertThat(model.place(CommentTarget.wholeSection(DisclosureSection.THREE_PUBLIC, CommentTarget.DEPARTMENT)))
                .isEqualTo("“三公”经费 · 部门 · 整个部分");
        assertThat(model.place(new CommentTarget(DisclosureSection.OTHER, 0, "project/1.goals")))
                .isEqualTo("机关运行经费及其他 · 乐山市社会保险事务中心 · 委托送达信息项目经费 · 绩效目标");
        assertThat(model.place(new CommentTarget(DisclosureSection.INCOME, 3, "NON_FISCAL_CARRY_OVER.reason")))
                .isEqualTo("收入 · 第4个单位（已删除） · 非财政拨款结转 · 变动原因");
    }

    @Test
    void theIndexKnowsWhichPlacesHaveOpenComments() {
        CommentIndex index = model.index();
        Comment comment = add(personnel, "偏高");

        assertThat(index.hasOpenComment(personnel)).isTrue();
        assertThat(index.hasOpenCommentWithin(personnel.wholeLine())).isTrue();
        assertThat(index.hasOpenComment(personnel.wholeLine())).isFalse();
        assertThat(index.openCommentBinding(CommentTarget.wholeSection(DisclosureSection.FUNCTIONAL, 0)).get())
                .isTrue();
        assertThat(index.hasOpenCommentWithin(CommentTarget.wholeSection(DisclosureSection.INCOME, 0))).isFalse();

        model.resolve(comment, true);
        assertThat(index.hasOpenCommentWithin(personnel.wholeLine())).isFalse();
        assertThat(index.openCount()).isZero();
        model.resolve(comment, false);
        assertThat(index.openCount()).isEqualTo(1);

        document.open(new Department("另一个", 2021), null);
        assertThat(index.openCount()).isZero();
        assertThat(model.shown()).isEmpty();
    }

    @Test
    void reviewModeMakesTheDocumentReadOnlyButCommentsCanStillBeWritten() {
        document.reviewModeProperty().set(true);

        assertThat(document.readOnlyProperty().get()).isTrue();
        assertThat(add(personnel, "只批注，不改数")).isNotNull();
        assertThat(document.department().comments()).hasSize(1);
        document.reviewModeProperty().set(false);
        assertThat(document.readOnlyProperty().get()).isFalse();
    }

    @Test
    void theNewCommentGoesToTheViewedUnitOrTheDepartment() {
        assertThat(model.wholeSectionOfViewedUnit(DisclosureSection.INCOME))
                .isEqualTo(CommentTarget.wholeSection(DisclosureSection.INCOME, 0));
        document.viewedUnitProperty().set(document.department().consolidated());
        assertThat(model.wholeSectionOfViewedUnit(DisclosureSection.INCOME))
                .isEqualTo(CommentTarget.wholeSection(DisclosureSection.INCOME, CommentTarget.DEPARTMENT));
    }
}
