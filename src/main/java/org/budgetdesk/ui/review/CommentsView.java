package org.budgetdesk.ui.review;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;

/**
 * The comments panel (批注): the list with its filters, jumping to a comment's place, resolving, deleting, and a
 * form for a new comment. Where a new comment goes is a whole section chosen here, or the place a sheet hands to
 * {@link #startComment(CommentTarget)}.
 */
public final class CommentsView {
    private final CommentsViewModel model;
    private final Messages messages;
    private final Consumer<CommentTarget> jumpTo;
    private final ListView<Comment> list = new ListView<>();
    private final Label newPlace = new Label();
    private final TextField author = new TextField(CommentsViewModel.defaultAuthor());
    private final TextArea text = new TextArea();
    private final VBox root;

    public CommentsView(Document document, Messages messages, Consumer<CommentTarget> jumpTo) {
        this(document, messages, jumpTo, Clock.systemUTC());
    }

    /** A panel whose new comments take their time from {@code clock}. */
    public CommentsView(Document document, Messages messages, Consumer<CommentTarget> jumpTo, Clock clock) {
        this.model = new CommentsViewModel(document, messages, clock);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.jumpTo = Objects.requireNonNull(jumpTo, "jumpTo");
        list.setId("commentList");
        list.setItems(model.shown());
        list.setCellFactory(view -> new CommentCell(model));
        list.setPlaceholder(new Label(messages.get("review.none")));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                jump();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label(messages.get("review.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        root = new VBox(6, title, filters(), list, listButtons(), new Separator(), newCommentForm());
        root.setId("commentsView");
        root.setStyle("-fx-padding: 8;");
        root.setPrefWidth(360);
        model.newTargetProperty().addListener((obs, before, after) -> newPlace.setText(model.place(after)));
        newPlace.setText(model.place(model.newTargetProperty().get()));
    }

    public Node node() {
        return root;
    }

    public CommentsViewModel viewModel() {
        return model;
    }

    /** Makes the next comment point at {@code target} (a cell or line a sheet offers); the cursor goes to the text. */
    public void startComment(CommentTarget target) {
        model.newTargetProperty().set(Objects.requireNonNull(target, "target"));
        text.requestFocus();
    }

    private HBox filters() {
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("commentStatusFilter");
        status.getItems().setAll(StatusFilter.values());
        status.setConverter(Choices.converter(state -> messages.get("review.filter." + state.name())));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.setAccessibleText(messages.get("review.filter.status"));
        ComboBox<Choices.Section> section = Choices.sections(messages, messages.get("review.filter.allSections"));
        section.setId("commentSectionFilter");
        section.setAccessibleText(messages.get("review.filter.section"));
        section.valueProperty().addListener((obs, before, after) ->
                model.sectionFilterProperty().set(after == null ? null : after.section()));
        return new HBox(6, status, section);
    }

    private HBox listButtons() {
        Button jump = button("jumpToComment", "review.jump", this::jump);
        Button resolve = button("resolveComment", "review.resolve", () -> selected(comment ->
                model.resolve(comment, !comment.resolved().get())));
        Button delete = button("deleteComment", "review.delete", () -> selected(model::delete));
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> resolve.setText(
                messages.get(after != null && after.resolved().get() ? "review.reopen" : "review.resolve")));
        jump.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        resolve.disableProperty().bind(jump.disableProperty());
        delete.disableProperty().bind(jump.disableProperty());
        return new HBox(6, jump, resolve, delete);
    }

    private VBox newCommentForm() {
        ComboBox<Choices.Section> section = Choices.sections(messages, null);
        section.setId("newCommentSection");
        section.setAccessibleText(messages.get("review.new.section"));
        section.setPromptText(messages.get("review.new.section"));
        section.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.newTargetProperty().set(model.wholeSectionOfViewedUnit(after.section()));
            }
        });
        newPlace.setId("newCommentPlace");
        newPlace.setWrapText(true);
        author.setId("commentAuthor");
        author.setPromptText(messages.get("review.author"));
        author.setAccessibleText(messages.get("review.author"));
        text.setId("commentText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.setPromptText(messages.get("review.text"));
        text.setAccessibleText(messages.get("review.text"));
        Button add = button("addComment", "review.add", () -> {
            Comment added = model.add(author.getText(), text.getText());
            if (added != null) {
                text.clear();
                list.getSelectionModel().select(added);
            }
        });
        add.disableProperty().bind(text.textProperty().isEmpty());
        Label heading = new Label(messages.get("review.new"));
        heading.setStyle("-fx-font-weight: bold;");
        return new VBox(6, heading, new HBox(6, section, newPlace), author, text, add);
    }

    private Button button(String id, String key, Runnable action) {
        return Buttons.of(messages, id, key, action);
    }

    private void selected(Consumer<Comment> action) {
        Comment comment = list.getSelectionModel().getSelectedItem();
        if (comment != null) {
            action.accept(comment);
            list.getSelectionModel().select(comment);
        }
    }

    private void jump() {
        Comment comment = list.getSelectionModel().getSelectedItem();
        if (comment != null) {
            jumpTo.accept(comment.target());
        }
    }
}
