package org.budgetdesk.ui.narrative;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.budgetdesk.narrative.Block;
import org.budgetdesk.narrative.Span;

/** The nodes of one block of the explanation: wrapped text flows styled by kind, placeholders as marked labels. */
final class BlockNodes {
    private BlockNodes() {
    }

    static Node of(Block block) {
        if (block instanceof Block.Title title) {
            TextFlow flow = flow("narrative-title", List.of(Span.text(title.text())), "");
            flow.setTextAlignment(TextAlignment.CENTER);
            return flow;
        }
        if (block instanceof Block.Heading heading) {
            return flow("narrative-heading-" + heading.level(), List.of(Span.text(heading.numbered())), "");
        }
        if (block instanceof Block.Paragraph paragraph) {
            return flow("narrative-paragraph", paragraph.spans(), "");
        }
        Block.NumberedList list = (Block.NumberedList) block;
        VBox items = new VBox();
        items.getStyleClass().add("narrative-list");
        items.setAlignment(Pos.TOP_LEFT);
        for (Block.ListItem item : list.items()) {
            String number = item.number();
            for (Block.Paragraph paragraph : item.paragraphs()) {
                items.getChildren().add(flow("narrative-paragraph", paragraph.spans(), number));
                number = "";
            }
        }
        return items;
    }

    private static TextFlow flow(String styleClass, List<Span> spans, String number) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        if (!number.isEmpty()) {
            flow.getChildren().add(text(number));
        }
        for (Span span : spans) {
            if (span.isPlaceholder()) {
                Label marker = new Label(span.text());
                marker.getStyleClass().add("narrative-placeholder");
                marker.setAccessibleText(span.text());
                flow.getChildren().add(marker);
            } else {
                flow.getChildren().add(text(span.text()));
            }
        }
        return flow;
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("narrative-text");
        return text;
    }
}
