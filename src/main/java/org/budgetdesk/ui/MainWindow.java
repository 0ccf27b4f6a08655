package org.budgetdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.model.Department;

/**
 * The main window. Until the workbench lands it shows the department and its headline figures, bound live to
 * the model; a progress indicator stands in while the project loads.
 */
public final class MainWindow {
    private final Stage stage;
    private final Messages messages;
    private final BorderPane root = new BorderPane();

    public MainWindow(Stage stage, Messages messages) {
        this.stage = stage;
        this.messages = messages;
        root.setId("mainWindow");
        root.setStyle(CjkFont.rootStyle());
        root.setPadding(new Insets(16));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadProgress");
        progress.setAccessibleText(messages.get("window.loading"));
        root.setCenter(progress);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(root, 1024, 700));
    }

    public void show() {
        stage.show();
    }

    /** Shows a department; the title and figures follow it live. */
    public void showDepartment(Department department) {
        stage.titleProperty().bind(Bindings.concat(messages.get("app.title"), " — ", department.name(), " ",
                department.budgetYear().asString()));
        Label heading = new Label();
        heading.setId("departmentHeading");
        heading.textProperty().bind(Bindings.concat(department.name(), " ",
                department.budgetYear().asString(), messages.get("window.yearSuffix")));
        heading.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        root.setTop(heading);
        root.setCenter(new HeadlineView(department.consolidated(), messages).node());
    }

    /** Tells the user why the project could not be opened, in their language. */
    public void showLoadError(Throwable error) {
        String text = error instanceof ProjectFileException e ? e.message(messages.locale()) : String.valueOf(error);
        root.setCenter(new Label(messages.get("window.noProject")));
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("window.loadFailed"));
        alert.initOwner(stage);
        alert.show();
    }
}
