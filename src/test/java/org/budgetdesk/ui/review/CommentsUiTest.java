package org.budgetdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.ui.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer adds a comment, resolves it, saves, reopens: the comment is there, resolved. */
@ExtendWith(ApplicationExtension.class)
class CommentsUiTest {
    @TempDir
    Path folder;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final List<CommentTarget> jumps = new ArrayList<>();
    private Document document;
    private CommentsView view;

    @Start
    void start(Stage stage) throws Exception {
        document = new Document(SampleProject.load(), null);
        view = new CommentsView(document, messages, jumps::add);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 420, 640));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<Comment> list(FxRobot robot) {
        return robot.lookup("#commentList").queryAs(ListView.class);
    }

    @Test
    void addResolveSaveAndReopen(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Choices.Section> section = robot.lookup("#newCommentSection").queryAs(ComboBox.class);
        robot.interact(() -> section.getSelectionModel().select(new Choices.Section(DisclosureSection.INCOME)));
        robot.interact(() -> robot.lookup("#commentAuthor").queryAs(TextField.class).setText("王科长"));
        robot.clickOn("#commentText").write("收入增幅的原因请再写清楚");
        robot.clickOn("#addComment");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list(robot).getItems()).hasSize(1);
        Comment added = list(robot).getItems().get(0);
        assertThat(added.target()).isEqualTo(CommentTarget.wholeSection(DisclosureSection.INCOME, 0));
        assertThat(added.author().get()).isEqualTo("王科长");
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isSameAs(added);

        robot.clickOn("#resolveComment");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(added.resolved().get()).isTrue();

        robot.clickOn("#jumpToComment");
        assertThat(jumps).containsExactly(added.target());

        Path file = folder.resolve("reviewed.budget");
        new ProjectFiles().save(document.department(), file);
        Department reopened = new ProjectFiles().load(file);
        robot.interact(() -> document.open(reopened, file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list(robot).getItems()).hasSize(1);
        Comment loaded = list(robot).getItems().get(0);
        assertThat(loaded).isNotSameAs(added);
        assertThat(loaded.text().get()).isEqualTo("收入增幅的原因请再写清楚");
        assertThat(loaded.author().get()).isEqualTo("王科长");
        assertThat(loaded.time().get()).isEqualTo(added.time().get());
        assertThat(loaded.resolved().get()).isTrue();
        assertThat(loaded.target()).isEqualTo(added.target());
    }

    @Test
    void aSheetCanHandOverTheCellToComment(FxRobot robot) {
        CommentTarget target =
                new CommentTarget(DisclosureSection.FUNCTIONAL, 0, "2080109/GENERAL_PUBLIC_BUDGET.project");
        robot.interact(() -> view.startComment(target));
        robot.write("项目支出请附明细");
        robot.clickOn("#addComment");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.department().comments()).extracting(Comment::target).containsExactly(target);
        assertThat(view.viewModel().index().hasOpenCommentWithin(target.wholeLine())).isTrue();
        javafx.scene.Node cell = robot.lookup("#commentList .list-cell").queryAllAs(CommentCell.class).stream()
                .filter(candidate -> candidate.getItem() != null).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jumps).containsExactly(target);
    }
}
