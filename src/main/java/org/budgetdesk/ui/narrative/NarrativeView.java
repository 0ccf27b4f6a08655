package org.budgetdesk.ui.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.narrative.Block;
import org.budgetdesk.narrative.NarrativeDocument;
import org.budgetdesk.narrative.Placeholder;
import org.budgetdesk.ui.common.Document;

/**
 * The 说明 tab: the whole explanation of the viewed unit as it will be published, read-only and scrollable, headings
 * styled and missing texts highlighted, following every edit (see {@link NarrativeViewModel}). A bar above names the
 * template and counts the placeholders, listing them in its tooltip. Blocks that did not change keep their nodes,
 * so an edit redraws only the sentences it touched.
 */
public final class NarrativeView {
    private static final String STYLESHEET = Objects.requireNonNull(
            NarrativeView.class.getResource("narrative.css"), "narrative.css").toExternalForm();

    private final NarrativeViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox();
    private final Label status = new Label();
    private final Tooltip placeholderList = new Tooltip();
    private List<Block> shown = List.of();

    public NarrativeView(Document document, Messages messages) {
        this(new NarrativeViewModel(document), messages);
    }

    NarrativeView(NarrativeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("narrativeView");
        root.getStylesheets().add(STYLESHEET);

        status.setId("narrativeStatus");
        status.getStyleClass().add("narrative-status");
        Label template = new Label(messages.format("narrative.template", model.templateName()));
        template.setId("narrativeTemplate");
        // the project's region may change (the export dialog sets it): the label follows each new text
        model.narrativeProperty().addListener((obs, before, after) ->
                template.setText(messages.format("narrative.template", model.templateName())));
        template.getStyleClass().add("narrative-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, template);
        bar.getStyleClass().add("narrative-bar");
        root.setTop(bar);

        content.setId("narrativeContent");
        content.getStyleClass().add("narrative-page");
        content.setAccessibleRole(AccessibleRole.TEXT);
        content.setAccessibleText(messages.get("narrative.accessible"));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("narrativeScroll");
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(0));
        root.setCenter(scroll);

        model.narrativeProperty().addListener((obs, before, after) -> show(after));
        model.failureProperty().addListener((obs, before, after) -> showStatus());
        show(model.narrativeProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(NarrativeDocument document) {
        if (document == null) {
            status.setText(messages.get("narrative.generating"));
            return;
        }
        List<Block> blocks = document.blocks();
        ObservableList<Node> children = content.getChildren();
        for (int i = 0; i < blocks.size(); i++) {
            if (i >= shown.size()) {
                children.add(BlockNodes.of(blocks.get(i)));
            } else if (!blocks.get(i).equals(shown.get(i))) {
                children.set(i, BlockNodes.of(blocks.get(i)));
            }
        }
        if (children.size() > blocks.size()) {
            children.remove(blocks.size(), children.size());
        }
        shown = new ArrayList<>(blocks);
        List<Placeholder> placeholders = document.placeholders();
        placeholderList.setText(placeholders.stream().map(p -> p.section() + "：" + p.what())
                .collect(Collectors.joining("\n")));
        status.setTooltip(placeholders.isEmpty() ? null : placeholderList);
        status.getStyleClass().remove("narrative-status-missing");
        if (!placeholders.isEmpty()) {
            status.getStyleClass().add("narrative-status-missing");
        }
        showStatus();
    }

    private void showStatus() {
        NarrativeDocument document = model.narrativeProperty().get();
        if (!model.failureProperty().get().isEmpty()) {
            status.setText(messages.format("narrative.failed", model.failureProperty().get()));
        } else if (document != null) {
            int count = document.placeholders().size();
            status.setText(count == 0 ? messages.get("narrative.complete")
                    : messages.format("narrative.placeholders", count));
        }
    }
}
