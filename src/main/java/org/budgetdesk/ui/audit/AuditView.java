package org.budgetdesk.ui.audit;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;

/** The audit dialog's content: open or paste a text, audit it, read the findings. Binds and forwards only. */
final class AuditView {
    private final BorderPane root = new BorderPane();

    AuditView(AuditViewModel model, Messages messages, TextFileChooser chooser, boolean hasProject) {
        Button open = button("auditOpen", messages.get("audit.dialog.open"));
        open.setOnAction(event -> chooser.choose().ifPresent(model::load));
        Button run = button("auditRun", messages.get("audit.dialog.run"));
        run.setDefaultButton(false);
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.runningProperty().or(model.textProperty().isEmpty()));
        open.disableProperty().bind(model.runningProperty());
        CheckBox useProject = new CheckBox(messages.get("audit.dialog.useProject"));
        useProject.setId("auditUseProject");
        useProject.setDisable(!hasProject);
        useProject.selectedProperty().bindBidirectional(model.useProjectProperty());
        HBox bar = new HBox(8, open, run, useProject);
        bar.setPadding(new Insets(8));

        TextArea text = new TextArea();
        text.setId("auditText");
        text.setAccessibleText(messages.get("audit.dialog.text"));
        text.setWrapText(true);
        text.setPromptText(messages.get("audit.dialog.hint"));
        text.textProperty().bindBidirectional(model.textProperty());

        ListView<AuditRow> list = new ListView<>(model.findings());
        list.setId("auditFindings");
        list.setAccessibleText(messages.get("audit.dialog.findings"));
        list.setCellFactory(view -> new FindingCell(messages));

        SplitPane split = new SplitPane(text, list);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);

        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setPadding(new Insets(4, 8, 8, 8));

        root.setTop(bar);
        root.setCenter(split);
        root.setBottom(status);
    }

    Parent node() {
        return root;
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        return button;
    }

    /** A finding: severity and kind, where, then the quoted sentence and the explanation, wrapped. */
    private static final class FindingCell extends ListCell<AuditRow> {
        private final Messages messages;

        FindingCell(Messages messages) {
            this.messages = messages;
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AuditRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText("[" + messages.of(row.severity()) + "] " + row.kind() + " · " + row.where() + "\n"
                    + row.message());
            setStyle(row.severity() == Severity.ERROR ? "-fx-text-fill: #a4262c;" : "");
        }
    }
}
