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
 * A field for a classification code with completion over the catalog, by code prefix or name. While suggestions
 * show, Up and Down pick one, Enter takes the picked one into the field, and Enter with none picked (or without
 * suggestions) runs the field's action with what was typed.
 */
public final class CodeField {
    private static final int MAX_SUGGESTIONS = 12;
    private static final String PICKED_STYLE =
            "-fx-background-color: -fx-selection-bar; -fx-text-fill: -fx-selection-bar-text;";
    private final TextField field = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    private final Function<String, List<CatalogEntry>> lookup;
    private final Runnable action;
    private int picked = -1;

    public CodeField(String id, String prompt, Function<String, List<CatalogEntry>> lookup, Runnable action) {
        this.lookup = lookup;
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
            Node label = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            label.setStyle(i == index ? PICKED_STYLE : "");
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
            CustomMenuItem item = new CustomMenuItem(new Label(entry.code() + "  " + entry.name()), true);
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
