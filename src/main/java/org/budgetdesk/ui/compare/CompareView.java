package org.budgetdesk.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Buttons;
import org.budgetdesk.ui.common.Document;

/**
 * Compare drafts: open an earlier {@code .budget} (read in the background) and see every entered figure and text
 * that differs from the open project, side by side with the difference, grouped by section; a double click or
 * “定位” jumps to the place in the open project. Edits of the open project update the list ~300 ms later.
 */
public final class CompareView {
    private final Document document;
    private final Messages messages;
    private final Consumer<CommentTarget> jumpTo;
    private final BackgroundWork work;
    private final CompareViewModel model;
    private final CompareTable table;
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final BorderPane root = new BorderPane();
    private DraftChooser chooser;

    public CompareView(Document document, Messages messages, Consumer<CommentTarget> jumpTo) {
        this(document, messages, jumpTo, new BackgroundWork());
    }

    /** A view that reads drafts with the window's background work, so the status bar shows it. */
    public CompareView(Document document, Messages messages, Consumer<CommentTarget> jumpTo, BackgroundWork work) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.jumpTo = Objects.requireNonNull(jumpTo, "jumpTo");
        this.work = Objects.requireNonNull(work, "work");
        this.chooser = new FxDraftChooser(root, messages, () -> document.fileProperty().get());
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        model = new CompareViewModel(document, refresh -> {
            settle.setOnFinished(event -> refresh.run());
            settle.playFromStart();
        });
        table = new CompareTable(messages);
        table.node().setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                jump();
            }
        });
        Button open = button("openDraft", "compare.open", this::chooseDraft);
        Button jump = button("jumpToDifference", "compare.jump", this::jump);
        jump.disableProperty().bind(table.nothingSelected());
        summary.setId("compareSummary");
        problem.setId("compareProblem");
        problem.getStyleClass().add("sheet-message");
        HBox top = new HBox(12, open, jump, summary, problem);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setStyle("-fx-padding: 6 8 6 8;");
        root.setTop(top);
        root.setCenter(table.node());
        root.setId("compareView");
        model.comparisonProperty().addListener((obs, before, after) -> show());
        document.displayUnitProperty().addListener((obs, before, after) -> show());
        show();
    }

    public Node node() {
        return root;
    }

    public CompareViewModel viewModel() {
        return model;
    }

    /** Replaces the open dialog, e.g. with a fixed answer in tests. */
    public void setDraftChooser(DraftChooser replacement) {
        chooser = Objects.requireNonNull(replacement, "replacement");
    }

    /** Reads a draft in the background and compares the open project with it. */
    public void open(Path file) {
        problem.setText("");
        work.run("open-draft", () -> new ProjectFiles().load(file),
                draft -> compareWith(draft, file.getFileName().toString()),
                error -> problem.setText(error instanceof ProjectFileException e ? e.message(messages.locale())
                        : messages.format("compare.open.failed", String.valueOf(error.getMessage()))));
    }

    /** Compares the open project with a draft already in memory. */
    public void compareWith(Department draft, String name) {
        problem.setText("");
        model.compareWith(draft, name);
    }

    private void chooseDraft() {
        chooser.choose().ifPresent(this::open);
    }

    private void jump() {
        Difference difference = table.selected();
        if (difference != null) {
            jumpTo.accept(difference.place());
        }
    }

    private void show() {
        Comparison comparison = model.comparison();
        table.show(comparison, document.displayUnitProperty().get());
        if (comparison == null) {
            summary.setText(messages.get("compare.prompt"));
        } else if (comparison.isEmpty()) {
            summary.setText(messages.format("compare.equal", model.earlierNameProperty().get()));
        } else {
            summary.setText(messages.format("compare.summary", model.earlierNameProperty().get(), comparison.size(),
                    messages.of(document.displayUnitProperty().get())));
        }
    }

    private Button button(String id, String key, Runnable action) {
        return Buttons.of(messages, id, key, action);
    }
}
