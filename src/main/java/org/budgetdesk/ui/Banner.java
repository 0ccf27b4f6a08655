package org.budgetdesk.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;

/**
 * The notice above the tabs about the open project ({@link Document#bannerProperty()}): why it is read-only, or
 * that a stale lock was taken over. While the project cannot be saved where it is, it offers 另存为.
 */
final class Banner {
    private final HBox box = new HBox(12);

    Banner(Document document, Messages messages, Runnable saveAs) {
        box.setId("banner");
        box.getStyleClass().add("banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.setStyle("-fx-background-color: #fff4ce; -fx-border-color: #e0c060; -fx-border-width: 0 0 1 0;");
        Label text = new Label();
        text.setId("bannerText");
        text.setWrapText(true);
        text.textProperty().bind(document.bannerProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(messages.get("menu.file.saveAs"));
        save.setId("bannerSaveAs");
        save.setAccessibleText(messages.get("menu.file.saveAs"));
        save.setOnAction(event -> saveAs.run());
        BooleanBinding cannotSaveHere = document.fileReadOnlyProperty().or(document.lockedByOtherProperty());
        save.visibleProperty().bind(cannotSaveHere);
        save.managedProperty().bind(cannotSaveHere);
        Button dismiss = new Button(messages.get("banner.dismiss"));
        dismiss.setId("bannerDismiss");
        dismiss.setAccessibleText(messages.get("banner.dismiss"));
        dismiss.setOnAction(event -> document.bannerProperty().set(""));
        box.getChildren().addAll(text, save, dismiss);
        BooleanBinding shown = document.bannerProperty().isNotEmpty();
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
    }

    Node node() {
        return box;
    }
}
