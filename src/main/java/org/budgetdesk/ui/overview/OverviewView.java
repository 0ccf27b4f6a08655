package org.budgetdesk.ui.overview;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.FieldCommit;

/**
 * The 概况 tab: the department's fields and units and the headline figures on the left; the viewed unit's
 * functions, key tasks and appropriation purpose on the right; the whole page scrolls when the window is small.
 */
public final class OverviewView {
    static final String WARNING_STYLE = "-fx-text-fill: #b3261e;";

    private final Document document;
    private final Messages messages;
    private final OverviewViewModel viewModel;
    private final HeadlineView headline;
    private final ScrollPane root = new ScrollPane();

    public OverviewView(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.viewModel = new OverviewViewModel(document, messages);
        this.headline = new HeadlineView(messages);
        GridPane columns = new GridPane();
        columns.setHgap(12);
        columns.setPadding(new Insets(8));
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(55);
        right.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(left, right);
        columns.add(new VBox(10,
                section("departmentPane", "overview.department",
                        new DepartmentSection(document, viewModel, messages).node()),
                section("unitsPane", "overview.units", new UnitsSection(document, viewModel, messages).node()),
                section("headlinePane", "overview.headline", headline.node())), 0, 0);
        columns.add(new VBox(10,
                section("functionsPane", "overview.functions", paragraphs("functions", "overview.functions",
                        new ParagraphsViewModel(document, unit -> unit.texts().functions()))),
                section("keyTasksPane", "overview.keyTasks", paragraphs("keyTasks", "overview.keyTasks",
                        new ParagraphsViewModel(document, unit -> unit.texts().keyTasks()))),
                section("purposePane", "overview.purpose", purpose())), 1, 0);
        headline.show(document.viewedUnitProperty().get());
        document.viewedUnitProperty().addListener((obs, before, after) -> headline.show(after));
        root.setId("overviewView");
        root.setContent(columns);
        root.setFitToWidth(true);
    }

    public Node node() {
        return root;
    }

    private Node paragraphs(String id, String titleKey, ParagraphsViewModel paragraphs) {
        return new ParagraphsSection(id, titleKey, document, paragraphs, messages).node();
    }

    private Node purpose() {
        TextArea area = new TextArea();
        area.setId("appropriationPurpose");
        area.setAccessibleText(messages.get("overview.purpose"));
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.disableProperty().bind(document.readOnlyProperty());
        Label message = new Label();
        message.setId("appropriationPurposeMessage");
        message.setStyle(WARNING_STYLE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.textProperty().bind(FieldCommit.install(area, viewModel.appropriationPurpose(),
                viewModel::setAppropriationPurpose).messageProperty());
        return new VBox(4, area, message);
    }

    /**
     * A titled section: a header drawn like a titled pane's over its content in a box (workbench.css). Plain nodes, not
     * a TitledPane that cannot collapse: the six panes' skins cost the first window 20–50 ms (README, "The first window,
     * fifth round").
     */
    private Node section(String id, String key, Node content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        title.setMaxWidth(Double.MAX_VALUE);
        StackPane body = new StackPane(content);
        body.getStyleClass().add("section-body");
        VBox section = new VBox(title, body);
        section.setId(id);
        section.setAccessibleText(messages.get(key));
        return section;
    }
}
