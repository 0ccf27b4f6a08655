package org.budgetdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;
import org.controlsfx.control.NotificationPane;

/**
 * The notice above the tabs about the open project ({@link Document#bannerProperty()}): why it is read-only, or
 * that a stale lock was taken over, or that a recovered copy was opened. A ControlsFX {@link NotificationPane} around
 * the tabs slides it in while there is something to say and out when it is dismissed. While the project cannot be
 * saved where it is, it offers 另存为.
 */
final class Banner {
    private final NotificationPane pane;

    Banner(Document document, Messages messages, Runnable saveAs, Node content) {
        BorderPane room = new BorderPane(content);
        pane = new NotificationPane(room);
        pane.skinProperty().addListener((obs, before, skin) -> makeRoom(room));
        pane.setId("banner");
        pane.setShowFromTop(true);
        pane.setCloseButtonVisible(false);
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
        HBox bar = new HBox(12, text, save, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        pane.setGraphic(bar);
        document.bannerProperty().addListener((obs, before, after) -> showOrHide(after));
        showOrHide(document.bannerProperty().get());
    }

    private void showOrHide(String text) {
        if (text == null || text.isEmpty()) {
            pane.hide();
        } else if (!pane.isShowing()) {
            pane.show();
        }
    }

    /**
     * NotificationPane lays its bar over the top of the content; the tabs' headers stay visible below it instead:
     * the content is padded by the bar's height (which grows and shrinks as it slides).
     */
    private static void makeRoom(BorderPane room) {
        Node parent = room.getParent();
        if (parent != null && parent.lookup(".notification-bar") instanceof Region bar) {
            room.paddingProperty().bind(Bindings.createObjectBinding(
                    () -> new Insets(bar.isVisible() ? bar.getHeight() : 0, 0, 0, 0),
                    bar.heightProperty(), bar.visibleProperty()));
        }
    }

    /** The tabs with the notice above them. */
    Node node() {
        return pane;
    }
}
