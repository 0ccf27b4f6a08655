package org.budgetdesk.ui.review;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.budgetdesk.model.Comment;

/** One comment in the list: where it points, its text, and who wrote it when; resolved ones are greyed. */
final class CommentCell extends ListCell<Comment> {
    private final CommentsViewModel model;
    private final Label place = new Label();
    private final Label text = new Label();
    private final Label byline = new Label();
    private final VBox box = new VBox(2, place, text, byline);

    CommentCell(CommentsViewModel model) {
        this.model = model;
        place.setStyle("-fx-font-weight: bold;");
        text.setWrapText(true);
        byline.setStyle("-fx-text-fill: #667;");
        box.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Comment comment, boolean empty) {
        super.updateItem(comment, empty);
        if (empty || comment == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        place.setText(model.place(comment.target()));
        text.setText(comment.text().get());
        byline.setText(model.byline(comment));
        box.setOpacity(comment.resolved().get() ? 0.55 : 1);
        setGraphic(box);
        setAccessibleText(place.getText() + " " + text.getText());
    }
}
