package org.budgetdesk.ui.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.charts.ChartData.Bars;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;

/**
 * The 图表 tab: pie charts of the structure and bar charts of this year against the prior year, for the viewed unit
 * (or 部门汇总), redrawn ~300 ms after the last edit. Each chart can be saved as a PNG.
 */
public final class ChartsView {
    private static final int COLUMNS = 3;
    private static final Duration SETTLE = Duration.millis(300);
    private final Document document;
    private final Messages messages;
    private final ChartsViewModel viewModel;
    private final Map<String, ChartCard> cards = new LinkedHashMap<>();
    private final GridPane grid = grid(COLUMNS);
    private final Label heading = new Label();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private final BackgroundWork work;
    private PngChooser chooser;

    public ChartsView(Document document, Messages messages, BackgroundWork work) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.work = Objects.requireNonNull(work, "work");
        this.chooser = new FxPngChooser(root, messages);
        PauseTransition settle = new PauseTransition(SETTLE);
        viewModel = new ChartsViewModel(document, messages, refresh -> {
            settle.setOnFinished(event -> refresh.run());
            settle.playFromStart();
        });
        grid.setId("chartsGrid");
        grid.setStyle("-fx-padding: 8;");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("chartsScroll");
        heading.setId("chartsHeading");
        status.setId("chartsStatus");
        status.getStyleClass().add("sheet-message");
        HBox top = new HBox(16, heading, status);
        top.setStyle("-fx-padding: 6 8 6 8;");
        root.setTop(top);
        root.setCenter(scroll);
        root.setId("chartsView");
        viewModel.dataProperty().addListener((obs, before, after) -> show(after));
        show(viewModel.data());
    }

    public Node node() {
        return root;
    }

    public ChartsViewModel viewModel() {
        return viewModel;
    }

    /** Replaces the save dialog, e.g. with a fixed answer in tests. */
    public void setPngChooser(PngChooser replacement) {
        chooser = Objects.requireNonNull(replacement, "replacement");
    }

    /** The chart (or its “无数据” stand-in) with this id, as drawn now. */
    public Node chart(String id) {
        return cards.get(id).chart();
    }

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        Unit unit = document.viewedUnitProperty().get();
        heading.setText(messages.format("charts.heading", unit == null ? "" : unit.name().get()));
        for (Pie pie : data.pies()) {
            card(pie.id(), pie.title()).show(ChartNodes.pie(pie, messages), ChartNodes.extraHeight(pie));
        }
        for (Bars bars : data.bars()) {
            card(bars.id(), bars.title()).show(ChartNodes.bars(bars, messages), ChartNodes.extraHeight(bars));
        }
    }

    private ChartCard card(String id, String title) {
        return cards.computeIfAbsent(id, key -> {
            ChartCard card = new ChartCard(id, messages.get("charts.save"), () -> save(id, title));
            int index = grid.getChildren().size();
            int columns = grid.getColumnConstraints().size();
            grid.add(card.node(), index % columns, index / columns);
            return card;
        });
    }

    /** A grid of equal columns. */
    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private void save(String id, String title) {
        String suggested = document.department().name().get() + "-" + title + ".png";
        chooser.choose(suggested.replaceAll("[\\\\/:*?\"<>|]", "_")).ifPresent(file -> write(cards.get(id), file));
    }

    /** Snapshots the chart now and encodes and writes it in the background. */
    private void write(ChartCard card, Path file) {
        WritableImage image = PngImages.image(card.chart());
        work.run("save-chart", () -> Files.write(file, PngImages.encode(image)),
                saved -> status.setText(messages.format("charts.save.done", file.toString())),
                error -> status.setText(messages.format("charts.save.failed", file.toString(),
                        String.valueOf(error.getMessage()))));
    }
}
