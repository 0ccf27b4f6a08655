package org.budgetdesk.ui.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetdesk.audit.AuditFinding;
import org.budgetdesk.audit.AuditReport;
import org.budgetdesk.audit.Auditor;
import org.budgetdesk.audit.ProjectFigures;
import org.budgetdesk.audit.read.AuditSources;
import org.budgetdesk.audit.read.UnreadableTextException;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;

/**
 * The audit dialog's state: the text to audit (typed, pasted or read from a file), whether to compare with the open
 * project, and the findings. Reading a file and auditing run on {@code background}; results come back on the UI
 * thread. The project's figures are copied on the UI thread before the audit starts.
 */
public final class AuditViewModel {
    private final Messages messages;
    private final Executor background;
    private final Supplier<ProjectFigures> project;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final BooleanProperty useProject = new SimpleBooleanProperty(this, "useProject", false);
    private final ObservableList<AuditRow> findings = FXCollections.observableArrayList();

    /**
     * @param project the open project's figures, or null when there is none to compare with; called on the UI
     *                thread
     */
    public AuditViewModel(Messages messages, Executor background, Supplier<ProjectFigures> project) {
        this.messages = messages;
        this.background = background;
        this.project = project;
        status.set(messages.get("audit.dialog.hint"));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty useProjectProperty() {
        return useProject;
    }

    public ObservableList<AuditRow> findings() {
        return findings;
    }

    /** Reads a file's text into the dialog, then audits it. */
    public void load(Path file) {
        running.set(true);
        background.execute(() -> {
            try {
                String read = AuditSources.read(file);
                Platform.runLater(() -> {
                    running.set(false);
                    text.set(read);
                    run();
                });
            } catch (UnreadableTextException e) {
                Platform.runLater(() -> {
                    running.set(false);
                    status.set(messages.format(e.key(), e.detail()));
                });
            }
        });
    }

    /** Audits the text in the dialog. */
    public void run() {
        String toAudit = text.get();
        ProjectFigures figures = useProject.get() ? project.get() : null;
        running.set(true);
        status.set(messages.get("audit.dialog.running"));
        background.execute(() -> {
            try {
                AuditReport report = new Auditor().audit(toAudit, figures);
                List<AuditRow> rows = report.findings().stream().map(this::row).toList();
                Platform.runLater(() -> show(report, rows));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    running.set(false);
                    status.set(messages.format("audit.dialog.failed", e.toString()));
                });
            }
        });
    }

    private void show(AuditReport report, List<AuditRow> rows) {
        running.set(false);
        findings.setAll(rows);
        status.set(rows.isEmpty() ? messages.get("audit.dialog.none")
                : messages.format("audit.dialog.summary", report.count(Severity.ERROR), report.count(Severity.INFO)));
    }

    private AuditRow row(AuditFinding finding) {
        return new AuditRow(finding.severity(), messages.of(finding.kind()), finding.where(messages),
                "“" + finding.sentence() + "”\n" + finding.explanation(messages));
    }
}
