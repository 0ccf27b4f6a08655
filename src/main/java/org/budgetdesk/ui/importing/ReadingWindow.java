package org.budgetdesk.ui.importing;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.budgetdesk.i18n.Messages;

/**
 * A small window while a workbook is read: its name, a progress bar (moving while the file is opened, then table by
 * table) and 取消. It does not block the main window, which stays usable; closing it is cancelling.
 */
public final class ReadingWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final Label label = new Label();
    private Runnable onCancel = () -> { };

    public ReadingWindow(Window owner, Messages messages, ObservableDoubleValue progress) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("import.reading.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(progress);
        Button cancel = new Button(messages.get("import.reading.cancel"));
        cancel.setId("importCancel");
        cancel.setAccessibleText(messages.get("import.reading.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> cancel());
        stage.setOnCloseRequest(event -> cancel());
        label.setId("importReading");
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
    }

    /** Shows the window for a file; {@code cancel} runs when the person cancels. */
    public void show(String text, Runnable cancel) {
        label.setText(text);
        onCancel = cancel;
        stage.show();
    }

    public void close() {
        stage.hide();
    }

    private void cancel() {
        onCancel.run();
        stage.hide();
    }
}
