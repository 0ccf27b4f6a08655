package org.budgetdesk.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.budgetdesk.catalog.CatalogEntry;

/**
 * A field for a classification code with completion over the catalog, by code prefix or any part of the name, so
 * nobody has to type a 7-digit code from memory. Each suggestion shows the code and name, and under them the level
 * and the path of 类 and 款 (and where a name not shipped comes from). While suggestions show, Up and Down pick one,
 * Enter takes the picked one into the field, and Enter with none picked (or without suggestions) runs the field's
 * action with what was typed.
 */
public final class CodeField {
    private static final int MAX_SUGGESTIONS = 12;
    private static final String PICKED_TEXT = "-fx-text-fill: -fx-selection-bar-text;";
    private static final String PICKED_STYLE =
            "-fx-background-color: -fx-selection-bar; -fx-text-fill: -fx-selection-bar-text;";
    private final TextField field = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    private final Function<String, List<CatalogEntry>> lookup;
    private final Function<CatalogEntry, String> describe;
    private final Runnable action;
    private int picked = -1;

    /**
     * @param lookup   the entries for what was typed, best first
     * @param describe the line under a suggestion: level and path (see {@link CodePaths#describe})
     */
    public CodeField(String id, String prompt, Function<String, List<CatalogEntry>> lookup,
                     Function<CatalogEntry, String> describe, Runnable action) {
        this.lookup = lookup;
        this.describe = describe;
        this.action = action;
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(22);
        field.textProperty().addListener((obs, before, after) -> suggest(after));
        field.setOnAction(event -> action.run());
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, this::suggestionKey);
    }

    public Node node() {
        return field;
    }

    /** What was typed or taken from a suggestion ("2080101 行政运行"). */
    public String text() {
        return field.getText();
    }

    public void clear() {
        field.clear();
        suggestions.hide();
    }

    private void suggestionKey(KeyEvent event) {
        KeyCode code = event.getCode();
        int count = suggestions.getItems().size();
        if (count == 0) {
            return;
        }
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            pick(Math.floorMod(picked + (code == KeyCode.DOWN ? 1 : -1), count));
            event.consume();
        } else if (code == KeyCode.ENTER) {
            event.consume();
            if (picked >= 0) {
                suggestions.getItems().get(picked).fire();
            } else {
                suggestions.hide();
                action.run();
            }
        }
    }

    private void pick(int index) {
        picked = index;
        for (int i = 0; i < suggestions.getItems().size(); i++) {
            Node content = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            content.setStyle(i == index ? PICKED_STYLE : "");
            for (Node label : content.lookupAll(".label")) {
                String base = label.getStyle().replace(PICKED_TEXT, "");
                label.setStyle(i == index ? base + PICKED_TEXT : base);
            }
        }
    }

    private void suggest(String text) {
        suggestions.getItems().clear();
        picked = -1;
        if (text.isBlank() || !field.isFocused()) {
            suggestions.hide();
            return;
        }
        for (CatalogEntry entry : lookup.apply(text)) {
            Label title = new Label(entry.code() + "  " + entry.name());
            Label path = new Label(describe.apply(entry));
            path.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.75;");
            javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(1, title, path);
            content.setAccessibleText(entry.code() + " " + entry.name() + " " + path.getText());
            CustomMenuItem item = new CustomMenuItem(content, true);
            item.setOnAction(event -> {
                field.setText(entry.code() + " " + entry.name());
                suggestions.hide();
                field.end();
            });
            suggestions.getItems().add(item);
            if (suggestions.getItems().size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        if (suggestions.getItems().isEmpty()) {
            suggestions.hide();
        } else if (!suggestions.isShowing() && field.getScene() != null) {
            suggestions.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
