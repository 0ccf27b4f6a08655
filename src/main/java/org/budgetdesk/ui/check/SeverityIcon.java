package org.budgetdesk.ui.check;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.budgetdesk.check.Severity;

/** Drawn severity icons (no font needed): a red disc, an amber triangle, a blue disc. */
final class SeverityIcon {
    private SeverityIcon() {
    }

    static Node of(Severity severity) {
        Node shape = switch (severity) {
            case ERROR -> new Circle(6, Color.web("#c62828"));
            case WARNING -> new Polygon(0, 12, 7, 0, 14, 12);
            case INFO -> new Circle(6, Color.web("#1565c0"));
        };
        if (shape instanceof Polygon triangle) {
            triangle.setFill(Color.web("#f9a825"));
        }
        Rectangle mark = new Rectangle(2, severity == Severity.INFO ? 6 : 5, Color.WHITE);
        StackPane icon = new StackPane(shape, mark);
        icon.getStyleClass().addAll("severity-icon", severity.name().toLowerCase(Locale.ROOT));
        icon.setMinSize(14, 14);
        icon.setMaxSize(14, 14);
        return icon;
    }
}
