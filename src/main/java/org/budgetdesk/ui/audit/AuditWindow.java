package org.budgetdesk.ui.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.budgetdesk.audit.ProjectFigures;
import org.budgetdesk.i18n.Messages;

/**
 * 工具 → 审核说明文本…: a window beside the workbench that audits an explanation text opened from a file or pasted.
 * One window per workbench; choosing the menu again brings it to the front.
 */
public final class AuditWindow {
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "budgetdesk-audit");
        thread.setDaemon(true);
        return thread;
    });
    private final Window owner;
    private final Messages messages;
    private final Supplier<ProjectFigures> project;
    private TextFileChooser chooser;
    private Stage stage;
    private AuditViewModel model;

    /** @param project the open project's figures (called on the UI thread), or null when none is open */
    public AuditWindow(Window owner, Messages messages, Supplier<ProjectFigures> project) {
        this.owner = owner;
        this.messages = messages;
        this.project = project;
        this.chooser = new FxTextFileChooser(owner, messages);
    }

    /** Replaces the file chooser, e.g. in tests. */
    public void setChooser(TextFileChooser replacement) {
        chooser = replacement;
    }

    /** Shows the window (built the first time). */
    public void show() {
        if (stage == null) {
            model = new AuditViewModel(messages, BACKGROUND, project);
            AuditView view = new AuditView(model, messages, () -> chooser.choose(), true);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(messages.get("audit.dialog.title"));
            Scene scene = new Scene(view.node(), 860, 640);
            org.budgetdesk.ui.common.TextAreaTabs.install(scene);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
                scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
            }
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public AuditViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }
}
